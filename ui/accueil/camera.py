"""The laptop's webcam as a badge reader.

QtMultimedia delivers frames (``QCamera`` → ``QMediaCaptureSession`` →
``QVideoSink``); each frame is shown, and handed to a decoding thread of its
own (never the database worker) when that thread is free; frames arriving
while it is busy are dropped, so decoding never queues up behind the camera.
:func:`decode_qr` reads QR codes with zxing-cpp from a ``QVideoFrame`` or a
``QImage``; :class:`RepeatFilter` makes a badge held in front of the camera
count once.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import zxingcpp
from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QThread, Signal, Slot
from PySide6.QtGui import QImage, QPainter
from PySide6.QtMultimedia import QVideoFrame, QVideoSink
from PySide6.QtWidgets import QWidget

from katalyze.checkin.codes import normalize_scan

REPEAT_SECONDS = 4.0


def _grey(image: QImage) -> QImage:
    """8-bit grey with no row padding (width a multiple of 4): what zxing-cpp reads."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    if grey.width() % 4:
        grey = grey.copy(0, 0, grey.width() - grey.width() % 4, grey.height())
    return grey


def decode_qr(source: QVideoFrame | QImage) -> list[str]:
    """The texts of the QR codes visible in a camera frame or an image."""
    image = source.toImage() if isinstance(source, QVideoFrame) else source
    if image.isNull():
        return []
    grey = _grey(image)  # kept alive while zxing reads its bytes
    pixels = memoryview(grey.constBits()).cast("B", (grey.height(), grey.bytesPerLine()))
    found = zxingcpp.read_barcodes(
        pixels, formats=zxingcpp.BarcodeFormat.QRCode, try_rotate=False, try_downscale=True
    )
    return [barcode.text for barcode in found if barcode.valid and barcode.text]


class RepeatFilter:
    """Lets a code through once while it stays in view: the same code seen
    again less than ``seconds`` after it was last seen is ignored."""

    def __init__(
        self, seconds: float = REPEAT_SECONDS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.seconds = seconds
        self.clock = clock
        self._seen: dict[str, float] = {}

    def accept(self, text: str) -> bool:
        key = normalize_scan(text)
        now = self.clock()
        last = self._seen.get(key)
        self._seen[key] = now
        if len(self._seen) > 200:
            self._seen = {k: t for k, t in self._seen.items() if now - t < self.seconds}
        return last is None or now - last >= self.seconds


class _Decoder(QObject):
    """Lives on the decoding thread: converts the frame, reads it, and makes
    the small picture the screen shows (so the GUI thread does neither)."""

    decoded = Signal(list, QImage)

    @Slot(object, QSize)
    def decode(self, source: object, preview: QSize) -> None:
        image = QImage()
        texts: list[str] = []
        try:
            image = source.toImage() if isinstance(source, QVideoFrame) else source
            texts = decode_qr(image)
            if not image.isNull() and preview.isValid():
                image = image.scaled(
                    preview,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.FastTransformation,
                ).flipped(Qt.Orientation.Horizontal)  # a mirror, as people expect
        except Exception:  # a damaged frame must not stop the camera
            texts = []
        self.decoded.emit(texts, image)


class FrameDecoder(QObject):
    """Feeds frames to the decoding thread, one at a time, dropping the rest.

    ``codes_read(list)`` carries every new code (after :class:`RepeatFilter`);
    ``preview_ready(QImage)`` the picture of the last decoded frame.
    """

    codes_read = Signal(list)
    preview_ready = Signal(QImage)
    _decode = Signal(object, QSize)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repeat = RepeatFilter()
        self.busy = False
        self.dropped = 0
        self.preview_size = QSize()
        self._thread = QThread()
        self._thread.setObjectName("katalyze-qr")
        self._decoder = _Decoder()
        self._decoder.moveToThread(self._thread)
        self._decode.connect(self._decoder.decode, Qt.ConnectionType.QueuedConnection)
        self._decoder.decoded.connect(self._on_decoder_decoded, Qt.ConnectionType.QueuedConnection)
        # The thread runs only while frames come (started by the first one),
        # and is stopped before the application quits.
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def offer(self, frame: QVideoFrame | QImage) -> bool:
        """Decode ``frame`` unless one is being decoded; True if taken."""
        if self.busy:
            self.dropped += 1
            return False
        if not self._thread.isRunning():
            self._thread.start()
        self.busy = True
        self._decode.emit(frame, self.preview_size)
        return True

    @Slot(list, QImage)
    def _on_decoder_decoded(self, texts: list, preview: QImage) -> None:
        self.busy = False
        if not preview.isNull():
            self.preview_ready.emit(preview)
        fresh = [text for text in texts if self.repeat.accept(text)]
        if fresh:
            self.codes_read.emit(fresh)

    def shutdown(self) -> None:
        """Stop the decoding thread (it starts again with the next frame)."""
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait(3000)
        self.busy = False


class CameraView(QWidget):
    """The camera on the Accueil screen: shows frames, reads QR codes.

    The capture objects are made only when the camera is switched on. Frames
    arrive through :attr:`sink` (a test can push a ``QVideoFrame`` into it).
    ``codes_read(list)`` carries new codes; ``problem(str)`` a sentence when no
    camera is there or it fails.
    """

    codes_read = Signal(list)
    problem = Signal(str)
    running_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sink = QVideoSink(self)
        self.sink.videoFrameChanged.connect(self._on_sink_video_frame_changed)
        self.decoder = FrameDecoder(self)
        self.decoder.codes_read.connect(self.codes_read)
        self.decoder.preview_ready.connect(self._on_decoder_preview_ready)
        self._image = QImage()
        self._camera = None
        self._session = None
        self.setMinimumSize(QSize(240, 180))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    @property
    def running(self) -> bool:
        return self._camera is not None

    def start(self) -> bool:
        """Switch the default camera on; False (and ``problem``) if impossible."""
        if self._camera is not None:
            return True
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices

        device = QMediaDevices.defaultVideoInput()
        if device.isNull():
            self.problem.emit(
                self.tr("No camera found. Plug in a webcam, or use the scanner or the name search.")
            )
            return False
        camera = QCamera(device, self)
        formats = [f for f in device.videoFormats() if f.resolution().width() <= 1280]
        if formats:
            # The largest frame not over 1280 px wide: sharp enough, decodes fast.
            camera.setCameraFormat(max(formats, key=lambda f: f.resolution().width()))
        camera.errorOccurred.connect(self._on_camera_error_occurred)
        session = QMediaCaptureSession(self)
        session.setCamera(camera)
        session.setVideoSink(self.sink)
        self._camera, self._session = camera, session
        camera.start()
        self.running_changed.emit(True)
        return True

    def stop(self) -> None:
        if self._camera is None:
            return
        self._camera.stop()
        self._session.setVideoSink(None)  # type: ignore[union-attr]
        self._camera.deleteLater()
        self._session.deleteLater()  # type: ignore[union-attr]
        self._camera = self._session = None
        self.decoder.shutdown()
        self._image = QImage()
        self.update()
        self.running_changed.emit(False)

    def shutdown(self) -> None:
        self.stop()
        self.decoder.shutdown()

    def _on_camera_error_occurred(self, _error, text: str) -> None:
        self.stop()
        self.problem.emit(self.tr("The camera stopped: %1").replace("%1", text))

    def _on_sink_video_frame_changed(self, frame: QVideoFrame) -> None:
        if frame.isValid():
            self.decoder.offer(frame)

    def _on_decoder_preview_ready(self, image: QImage) -> None:
        self._image = image
        self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.decoder.preview_size = self.size()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        if self._image.isNull():
            painter.setPen(Qt.GlobalColor.white)
            painter.drawText(
                self.rect(),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.tr("Hold the badge's QR code in front of the camera"),
            )
            return
        x = (self.width() - self._image.width()) // 2
        y = (self.height() - self._image.height()) // 2
        painter.drawImage(x, y, self._image)
