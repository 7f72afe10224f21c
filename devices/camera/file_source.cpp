#include "devices/camera/file_source.h"

#include <algorithm>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace kiosk::devices::camera {
namespace {

bool isImage(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".png" || ext == ".jpg" || ext == ".jpeg" || ext == ".bmp";
}

cv::Mat toBgr(cv::Mat frame) {
  if (frame.channels() == 1) cv::cvtColor(frame, frame, cv::COLOR_GRAY2BGR);
  if (frame.channels() == 4) cv::cvtColor(frame, frame, cv::COLOR_BGRA2BGR);
  return frame;
}

}  // namespace

FileSource::FileSource(CameraSpec spec) : m_spec(std::move(spec)), m_fps(m_spec.fps > 0 ? m_spec.fps : 30.0) {}

Result<void> FileSource::open() {
  close();
  const std::filesystem::path path = m_spec.location;
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    for (const auto& entry : std::filesystem::directory_iterator(path, ec))
      if (entry.is_regular_file() && isImage(entry.path())) m_images.push_back(entry.path());
    std::sort(m_images.begin(), m_images.end());
    if (m_images.empty()) return fail(ErrorCode::NotFound, "no images in folder " + path.string());
    m_open = true;
    return {};
  }
  // A pattern (frame_%03d.png) names no existing file; anything else must exist.
  const bool pattern = path.string().find('%') != std::string::npos;
  if (!pattern && !std::filesystem::exists(path, ec)) return fail(ErrorCode::NotFound, "no such file " + path.string());
  // A named backend: CAP_ANY also probes FireWire (libdc1394), which enumerates USB through libusb and
  // leaks the device list on every open (LeakSanitizer in test_camera).
  if (!m_capture.open(path.string(), pattern ? cv::CAP_IMAGES : cv::CAP_FFMPEG)) return fail(ErrorCode::InvalidData, "cannot decode " + path.string());
  const double fps = m_capture.get(cv::CAP_PROP_FPS);
  if (fps > 1.0 && fps < 240.0) m_fps = fps;
  m_open = true;
  return {};
}

Result<cv::Mat> FileSource::grab() {
  if (!m_open) return fail(ErrorCode::Closed, "file source not open");
  return m_images.empty() ? nextFromCapture() : nextFromFolder();
}

Result<cv::Mat> FileSource::nextFromFolder() {
  if (m_next >= m_images.size()) {
    if (!m_spec.loop) return fail(ErrorCode::Closed, "end of image sequence");
    m_next = 0;
  }
  const auto& file = m_images[m_next++];
  cv::Mat image = cv::imread(file.string(), cv::IMREAD_COLOR);
  if (image.empty()) return fail(ErrorCode::InvalidData, "cannot decode image " + file.filename().string());
  return image;
}

Result<cv::Mat> FileSource::nextFromCapture() {
  cv::Mat frame;
  if (m_capture.read(frame) && !frame.empty()) return toBgr(frame);
  if (!m_spec.loop) return fail(ErrorCode::Closed, "end of video");
  // Rewind by reopening: seeking is unreliable for image sequences and some containers.
  m_capture.release();
  if (!m_capture.open(m_spec.location) || !m_capture.read(frame) || frame.empty())
    return fail(ErrorCode::InvalidData, "cannot restart " + m_spec.location);
  return toBgr(frame);
}

void FileSource::close() {
  m_capture.release();
  m_images.clear();
  m_next = 0;
  m_open = false;
}

std::string FileSource::describe() const { return "file " + m_spec.location; }

}  // namespace kiosk::devices::camera
