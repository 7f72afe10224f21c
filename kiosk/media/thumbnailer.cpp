#include "kiosk/media/thumbnailer.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <set>

#include <unistd.h>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

namespace kiosk::media {
namespace {

// FNV-1a over the file's identity: a changed file gets a new thumbnail, an unchanged one is reused.
std::string versionKey(const std::filesystem::path& file) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(file, ec);
  const auto mtime = std::filesystem::last_write_time(file, ec).time_since_epoch().count();
  const std::string identity = file.string() + "|" + std::to_string(size) + "|" + std::to_string(mtime);
  std::uint64_t hash = 1469598103934665603ULL;
  for (unsigned char c : identity) hash = (hash ^ c) * 1099511628211ULL;
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
  return text;
}

// A frame about a second in (past fade-ins), or the first one of a very short clip.
cv::Mat videoFrame(const std::filesystem::path& file) {
  cv::VideoCapture capture(file.string(), cv::CAP_FFMPEG);
  if (!capture.isOpened()) return {};
  cv::Mat frame;
  const double fps = capture.get(cv::CAP_PROP_FPS);
  const double frames = capture.get(cv::CAP_PROP_FRAME_COUNT);
  if (fps > 0 && frames / fps > 2.0) capture.set(cv::CAP_PROP_POS_MSEC, 1000.0);
  if (capture.read(frame) && !frame.empty()) return frame;
  capture.set(cv::CAP_PROP_POS_FRAMES, 0);
  if (capture.read(frame) && !frame.empty()) return frame;
  return {};
}

// Scaled to cover the tile and cropped to it, like the tile shows it.
cv::Mat fitTile(const cv::Mat& image) {
  const double scale = std::max(static_cast<double>(kThumbnailWidth) / image.cols,
                                static_cast<double>(kThumbnailHeight) / image.rows);
  cv::Mat scaled;
  cv::resize(image, scaled, cv::Size(), scale, scale, cv::INTER_AREA);
  const int x = (scaled.cols - kThumbnailWidth) / 2;
  const int y = (scaled.rows - kThumbnailHeight) / 2;
  return scaled(cv::Rect(std::max(0, x), std::max(0, y), std::min(kThumbnailWidth, scaled.cols),
                         std::min(kThumbnailHeight, scaled.rows)))
      .clone();
}

bool decodes(const MediaItem& item, cv::Mat* first) {
  for (std::size_t i = 0; i < item.files.size(); ++i) {
    cv::Mat image = item.kind == MediaKind::Video ? videoFrame(item.files[i])
                                                  : cv::imread(item.files[i].string(), cv::IMREAD_COLOR);
    if (image.empty()) return false;
    if (i == 0 && first) *first = image;
  }
  return true;
}

}  // namespace

ThumbnailStats prepareThumbnails(Catalog& catalog, const std::filesystem::path& cacheDir) {
  ThumbnailStats stats;
  std::error_code ec;
  std::filesystem::create_directories(cacheDir, ec);
  std::set<std::filesystem::path> keep;
  std::vector<MediaItem> usable;
  for (MediaItem& item : catalog.items) {
    const auto thumbnail = cacheDir / (item.id + "-" + versionKey(item.mainFile()) + ".png");
    if (std::filesystem::is_regular_file(thumbnail, ec)) {
      // Made from this very file version before: it decoded then, it decodes now.
      ++stats.cached;
    } else {
      cv::Mat first;
      if (!decodes(item, &first)) {
        catalog.problems.push_back(catalog.manifest.string() + ":" + std::to_string(item.line) + ": item '" + item.id +
                                   "': a media file cannot be decoded (corrupt or unsupported), skipped");
        ++stats.broken;
        continue;
      }
      // Written aside under a name of this process and renamed: a crash never leaves half a PNG that
      // would count as cached, and two kiosks sharing a cache never write into each other's file.
      const auto partial = cacheDir / (thumbnail.filename().string() + "." + std::to_string(::getpid()) + ".part");
      std::vector<unsigned char> png;
      std::ofstream out;
      if (cv::imencode(".png", fitTile(first), png)) out.open(partial, std::ios::binary | std::ios::trunc);
      out.write(reinterpret_cast<const char*>(png.data()), static_cast<std::streamsize>(png.size()));
      out.close();
      if (png.empty() || !out) {
        catalog.problems.push_back(thumbnail.string() + ": cannot write the thumbnail (disk full?)");
        std::filesystem::remove(partial, ec);
      } else {
        std::filesystem::rename(partial, thumbnail, ec);
        ++stats.made;
      }
    }
    if (std::filesystem::is_regular_file(thumbnail, ec)) item.thumbnail = thumbnail;
    keep.insert(thumbnail);
    usable.push_back(std::move(item));
  }
  catalog.items = std::move(usable);
  // Drop playlist references to items that went.
  for (Playlist& playlist : catalog.playlists) {
    std::erase_if(playlist.items, [&](const std::string& id) { return catalog.find(id) == nullptr; });
  }
  // Thumbnails of replaced or removed files: months of content updates must not fill the disk.
  for (const auto& entry : std::filesystem::directory_iterator(cacheDir, ec)) {
    if (entry.path().extension() == ".png" && !keep.contains(entry.path())) std::filesystem::remove(entry.path(), ec);
  }
  return stats;
}

}  // namespace kiosk::media
