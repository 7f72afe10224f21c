#include "devices/camera/v4l2_source.h"

#include <filesystem>

namespace kiosk::devices::camera {

V4l2Source::V4l2Source(CameraSpec spec) : m_spec(std::move(spec)) {}

Result<void> V4l2Source::open() {
  close();
  const bool index = m_spec.location.find_first_not_of("0123456789") == std::string::npos;
  // Check the node first: VideoCapture on a missing device logs noisily and says nothing useful.
  const std::string node = index ? "/dev/video" + m_spec.location : m_spec.location;
  std::error_code ec;
  if (!std::filesystem::exists(node, ec)) return fail(ErrorCode::NotFound, "no camera at " + node);
  const bool opened = index ? m_capture.open(std::stoi(m_spec.location), cv::CAP_V4L2)
                            : m_capture.open(m_spec.location, cv::CAP_V4L2);
  if (!opened) return fail(ErrorCode::Io, "cannot open camera " + node);
  if (m_spec.mjpg) m_capture.set(cv::CAP_PROP_FOURCC, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'));
  m_capture.set(cv::CAP_PROP_FRAME_WIDTH, m_spec.width);
  m_capture.set(cv::CAP_PROP_FRAME_HEIGHT, m_spec.height);
  m_capture.set(cv::CAP_PROP_FPS, m_spec.fps);
  // One driver buffer: with the default 4 the newest frame is up to 4 periods old.
  m_capture.set(cv::CAP_PROP_BUFFERSIZE, 1);
  const int w = static_cast<int>(m_capture.get(cv::CAP_PROP_FRAME_WIDTH));
  const int h = static_cast<int>(m_capture.get(cv::CAP_PROP_FRAME_HEIGHT));
  const double fps = m_capture.get(cv::CAP_PROP_FPS);
  m_negotiated = std::to_string(w) + "x" + std::to_string(h) + "@" + std::to_string(static_cast<int>(fps));
  return {};
}

Result<cv::Mat> V4l2Source::grab() {
  if (!m_capture.isOpened()) return fail(ErrorCode::Closed, "camera not open");
  cv::Mat frame;
  // A failed read on an open V4L2 device means it was unplugged (select() times out or ENODEV).
  if (!m_capture.read(frame) || frame.empty()) return fail(ErrorCode::Disconnected, "camera stopped delivering frames");
  return frame;
}

void V4l2Source::close() {
  if (m_capture.isOpened()) m_capture.release();
}

std::string V4l2Source::describe() const {
  return m_spec.location + " " + (m_negotiated.empty() ? "(not open)" : m_negotiated) + (m_spec.mjpg ? " MJPG" : "");
}

}  // namespace kiosk::devices::camera
