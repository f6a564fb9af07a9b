"""follow-up year (Suivi): action notes, outcomes, project follow-up, meetings

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-02
"""

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('action_note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_action_note_item_id_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_note'))
    )
    op.create_index(op.f('ix_action_note_item_id'), 'action_note', ['item_id'], unique=False)
    op.create_table('item_outcome',
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('by_participant_id', sa.Integer(), nullable=True),
    sa.Column('by_text', sa.String(length=300), nullable=False),
    sa.Column('on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['by_participant_id'], ['participant.id'], name=op.f('fk_item_outcome_by_participant_id_participant'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_item_outcome_item_id_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('item_id', name=op.f('pk_item_outcome'))
    )
    op.create_table('project_followup',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('rhythm_months', sa.Integer(), nullable=False),
    sa.Column('continuing', sa.Boolean(), nullable=False),
    sa.Column('stage', sa.String(length=200), nullable=False),
    sa.Column('jobs', sa.Text(), nullable=False),
    sa.Column('partners', sa.Text(), nullable=False),
    sa.Column('next_steps', sa.Text(), nullable=False),
    sa.Column('reviewed_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_followup_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('project_id', name=op.f('pk_project_followup'))
    )
    op.create_table('followup_meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('planned_on', sa.Date(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=True),
    sa.Column('attendees', sa.JSON(), nullable=False),
    sa.Column('decisions', sa.Text(), nullable=False),
    sa.Column('next_steps', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_followup_meeting_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_followup_meeting'))
    )
    op.create_index(op.f('ix_followup_meeting_project_id'), 'followup_meeting', ['project_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_followup_meeting_project_id'), table_name='followup_meeting')
    op.drop_table('followup_meeting')
    op.drop_table('project_followup')
    op.drop_table('item_outcome')
    op.drop_index(op.f('ix_action_note_item_id'), table_name='action_note')
    op.drop_table('action_note')
