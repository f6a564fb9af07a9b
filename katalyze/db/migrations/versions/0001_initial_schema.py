"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-22
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('venue', sa.String(length=300), nullable=False),
    sa.Column('settings', sa.JSON(), nullable=False),
    sa.Column('secret', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event'))
    )
    op.create_table('project',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('table_number', sa.Integer(), nullable=False),
    sa.Column('table_label', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('holder', sa.String(length=200), nullable=False),
    sa.Column('lead_organisation', sa.String(length=300), nullable=False),
    sa.Column('theme', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('needs', sa.JSON(), nullable=False),
    sa.Column('needs_other', sa.String(length=300), nullable=False),
    sa.Column('min_seats', sa.Integer(), nullable=False),
    sa.Column('max_seats', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project')),
    sa.UniqueConstraint('table_number', name=op.f('uq_project_table_number'))
    )
    op.create_table('role',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('label', sa.String(length=120), nullable=False),
    sa.Column('colour', sa.String(length=9), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('is_staff', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_role')),
    sa.UniqueConstraint('key', name=op.f('uq_role_key'))
    )
    op.create_table('participant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('first_name', sa.String(length=200), nullable=False),
    sa.Column('last_name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('phone', sa.String(length=60), nullable=False),
    sa.Column('organisation', sa.String(length=300), nullable=False),
    sa.Column('role_id', sa.Integer(), nullable=True),
    sa.Column('offers', sa.JSON(), nullable=False),
    sa.Column('consent_contact', sa.Boolean(), nullable=False),
    sa.Column('sources', sa.JSON(), nullable=False),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('home_project_id', sa.Integer(), nullable=True),
    sa.Column('walk_in', sa.Boolean(), nullable=False),
    sa.Column('badge_code', sa.String(length=40), nullable=True),
    sa.Column('badge_printed_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['home_project_id'], ['project.id'], name=op.f('fk_participant_home_project_id_project'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['role_id'], ['role.id'], name=op.f('fk_participant_role_id_role'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant')),
    sa.UniqueConstraint('badge_code', name=op.f('uq_participant_badge_code'))
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index('ix_participant_email', ['email'], unique=False)

    op.create_table('synthesis',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_synthesis_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('project_id', 'round', name=op.f('pk_synthesis'))
    )
    op.create_table('badge_code',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('replaced_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_badge_code_participant_id_participant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_badge_code'))
    )
    op.create_table('checkin',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('station', sa.String(length=80), nullable=False),
    sa.Column('checked_in_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_checkin_participant_id_participant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checkin')),
    sa.UniqueConstraint('participant_id', name=op.f('uq_checkin_participant_id'))
    )
    op.create_table('item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('category', sa.String(length=30), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=True),
    sa.Column('responsible_participant_id', sa.Integer(), nullable=True),
    sa.Column('responsible_text', sa.String(length=300), nullable=False),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('votes', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_item_participant_id_participant'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_item_project_id_project'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['responsible_participant_id'], ['participant.id'], name=op.f('fk_item_responsible_participant_id_participant'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_item'))
    )
    with op.batch_alter_table('item', schema=None) as batch_op:
        batch_op.create_index('ix_item_project_round', ['project_id', 'round'], unique=False)

    op.create_table('scan_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('station', sa.String(length=80), nullable=False),
    sa.Column('code', sa.String(length=200), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_scan_log_participant_id_participant'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scan_log'))
    )
    op.create_table('seat',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.Column('pinned', sa.Boolean(), nullable=False),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_seat_participant_id_participant'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_seat_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seat')),
    sa.UniqueConstraint('participant_id', 'round', name=op.f('uq_seat_participant_id'))
    )
    with op.batch_alter_table('seat', schema=None) as batch_op:
        batch_op.create_index('ix_seat_project_round', ['project_id', 'round'], unique=False)

    op.create_table('wish',
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_wish_participant_id_participant'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_wish_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('participant_id', 'rank', name=op.f('pk_wish')),
    sa.UniqueConstraint('participant_id', 'project_id', name=op.f('uq_wish_participant_id'))
    )



def downgrade() -> None:

    op.drop_table('wish')
    with op.batch_alter_table('seat', schema=None) as batch_op:
        batch_op.drop_index('ix_seat_project_round')

    op.drop_table('seat')
    op.drop_table('scan_log')
    with op.batch_alter_table('item', schema=None) as batch_op:
        batch_op.drop_index('ix_item_project_round')

    op.drop_table('item')
    op.drop_table('checkin')
    op.drop_table('badge_code')
    op.drop_table('synthesis')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index('ix_participant_email')

    op.drop_table('participant')
    op.drop_table('role')
    op.drop_table('project')
    op.drop_table('event')

