#include "demos/ar/marker_detector.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

namespace kiosk::demos::ar {
namespace {

Corners toCorners(const std::vector<cv::Point2f>& quad, double scale, cv::Point2f offset) {
  Corners out{};
  for (std::size_t i = 0; i < 4; ++i) {
    // Pixel centres: x_full + 0.5 = (x_small + 0.5) / scale.
    out[i].x = static_cast<float>((quad[i].x + 0.5) / scale - 0.5) + offset.x;
    out[i].y = static_cast<float>((quad[i].y + 0.5) / scale - 0.5) + offset.y;
  }
  return out;
}

cv::Point2f centreOf(const Corners& c) { return (c[0] + c[1] + c[2] + c[3]) * 0.25f; }

cv::Rect boundsOf(const Corners& c) { return cv::boundingRect(std::vector<cv::Point2f>(c.begin(), c.end())); }

bool overlapsAny(const std::vector<MarkerDetection>& markers, const Corners& corners) {
  const cv::Point2f centre = centreOf(corners);
  const float side = sideLengthPx(corners);
  return std::any_of(markers.begin(), markers.end(), [&](const MarkerDetection& m) {
    return cv::norm(centreOf(m.corners) - centre) < 0.5 * std::max(side, sideLengthPx(m.corners));
  });
}

cv::Mat downscale(const cv::Mat& image, double scale) {
  if (scale >= 0.999) return image;
  cv::Mat small;
  // INTER_AREA is fast only for integer factors (1/2, 1/3); otherwise bilinear, 5x cheaper there.
  const double inverse = 1.0 / scale;
  const bool integer = std::abs(inverse - std::round(inverse)) < 1e-6;
  cv::resize(image, small, {}, scale, scale, integer ? cv::INTER_AREA : cv::INTER_LINEAR);
  return small;
}

}  // namespace

MarkerDetector::MarkerDetector(DetectorOptions options)
    : m_options(std::move(options)),
      m_dictionary(cv::aruco::getPredefinedDictionary(cv::aruco::DICT_6X6_250)),
      m_params(cv::aruco::DetectorParameters::create()) {
  // One threshold window instead of three: thresholding + contours dominate the cost.
  m_params->adaptiveThreshWinSizeMin = m_options.thresholdWindow;
  m_params->adaptiveThreshWinSizeMax = m_options.thresholdWindow;
  m_params->adaptiveThreshWinSizeStep = 10;
  m_params->cornerRefinementMethod = cv::aruco::CORNER_REFINE_NONE;  // done at full resolution below
  m_params->minDistanceToBorder = 1;
  // The default (5% of the perimeter) merges a marker with its card's edge one cell outside it and
  // keeps the card, which has no bits: large, sharp markers were lost that way.
  m_params->minMarkerDistanceRate = 0.02;
  // At the working resolution a small, steeply tilted marker is a thin quad of ~10 px: let it through
  // (its bits are read at full resolution, which rejects what is no marker).
  m_params->minCornerDistanceRate = 0.02;
  m_params->polygonalApproxAccuracyRate = 0.05;
}

bool MarkerDetector::accepted(int id) const { return m_options.acceptedIds.empty() || m_options.acceptedIds.count(id) > 0; }

void MarkerDetector::reset() {
  m_tracks.clear();
  m_sinceFull = 0;
}

std::vector<MarkerDetection> MarkerDetector::detect(const cv::Mat& gray) {
  CV_Assert(gray.type() == CV_8UC1);
  std::vector<MarkerDetection> out;
  const bool track = m_options.tracking && !m_tracks.empty() && m_sinceFull < m_options.fullSearchEvery;
  if (track && trackedSearch(gray, out)) {
    ++m_sinceFull;
    ++m_stats.trackedFrames;
  } else {
    out = fullSearch(gray);
    m_sinceFull = 0;
    ++m_stats.fullSearches;
  }
  m_tracks = out;
  return out;
}

void MarkerDetector::detectIn(const cv::Mat& image, double scale, cv::Point2f offset, double minSideInImage,
                              std::vector<MarkerDetection>& found, std::vector<Corners>* unread) {
  // The perimeter limit is relative to the image's larger side: rescale it so the absolute minimum
  // marker size stays the same whatever the image (frame, downscaled frame or ROI).
  m_params->minMarkerPerimeterRate = std::min(3.9, 4.0 * minSideInImage / std::max(image.cols, image.rows));
  std::vector<std::vector<cv::Point2f>> corners;
  std::vector<std::vector<cv::Point2f>> rejected;
  std::vector<int> ids;
  cv::aruco::detectMarkers(image, m_dictionary, corners, ids, m_params, unread ? rejected : cv::noArray());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (!accepted(ids[i])) continue;
    const Corners mapped = toCorners(corners[i], scale, offset);
    // With a small minMarkerDistanceRate ArUco may read a border's inner and outer outline both: keep the outer.
    auto twin = std::find_if(found.begin(), found.end(), [&](const MarkerDetection& m) {
      return m.id == ids[i] && overlapsAny({m}, mapped);
    });
    if (twin == found.end()) found.push_back({ids[i], mapped});
    else if (sideLengthPx(mapped) > sideLengthPx(twin->corners)) twin->corners = mapped;
  }
  if (unread)
    for (const auto& quad : rejected) unread->push_back(toCorners(quad, scale, offset));
}

std::vector<MarkerDetection> MarkerDetector::fullSearch(const cv::Mat& gray) {
  const double scale = std::min(1.0, static_cast<double>(m_options.workingLines) / gray.rows);
  const cv::Mat small = downscale(gray, scale);
  std::vector<MarkerDetection> found;
  std::vector<Corners> unread;
  const bool rescue = m_options.rescueAtFullResolution && scale < 0.999;
  detectIn(small, scale, {0, 0}, m_options.minSidePx * scale * 0.9, found, rescue ? &unread : nullptr);
  refine(gray, found);
  if (rescue) {
    // Only small candidates can be unreadable because of the downscale; big ones were read (or are no marker).
    // (under ~5 px per cell at the working resolution).
    const float smallLimit = static_cast<float>(5.0 * kMarkerCells / scale);
    std::vector<MarkerDetection> candidates;
    for (const Corners& quad : unread) {
      if (sideLengthPx(quad) > smallLimit || overlapsAny(found, quad)) continue;
      candidates.push_back({-1, quad});
    }
    refine(gray, candidates);
    for (const auto& candidate : candidates) {
      auto decoded = decodeCandidate(gray, candidate.corners, *m_dictionary);
      if (!decoded || !accepted(decoded->id) || overlapsAny(found, decoded->corners)) continue;
      found.push_back(*decoded);
      ++m_stats.rescued;
    }
  }
  return found;
}

bool MarkerDetector::trackedSearch(const cv::Mat& gray, std::vector<MarkerDetection>& out) {
  const cv::Rect frame(0, 0, gray.cols, gray.rows);
  for (const MarkerDetection& track : m_tracks) {
    const cv::Rect box = boundsOf(track.corners);
    const int margin = static_cast<int>(m_options.roiMargin * std::max(box.width, box.height));
    const cv::Rect roi = cv::Rect(box.x - margin, box.y - margin, box.width + 2 * margin, box.height + 2 * margin) & frame;
    if (roi.empty()) return false;
    // Bring the marker to ~80 px: enough cells to read, few pixels to threshold.
    const double side = sideLengthPx(track.corners);
    const double scale = std::min(1.0, 80.0 / std::max(1.0, side));
    const cv::Mat crop = downscale(gray(roi), scale);
    std::vector<MarkerDetection> found;
    detectIn(crop, scale, cv::Point2f(static_cast<float>(roi.x), static_cast<float>(roi.y)),
             std::max(m_options.minSidePx, side * 0.5) * scale, found, nullptr);
    bool seen = false;
    for (auto& marker : found) {
      if (marker.id != track.id || overlapsAny(out, marker.corners)) continue;
      out.push_back(marker);
      seen = true;
      break;
    }
    if (!seen) return false;  // lost: the caller falls back to a full search now
  }
  refine(gray, out);
  return true;
}

void MarkerDetector::refine(const cv::Mat& gray, std::vector<MarkerDetection>& markers) const {
  const cv::TermCriteria criteria(cv::TermCriteria::COUNT | cv::TermCriteria::EPS, 12, 0.01);
  for (auto& marker : markers) {
    // The window must stay inside one border cell, or the bits' edges pull the corner.
    const int half = std::clamp(static_cast<int>(sideLengthPx(marker.corners) / kMarkerCells / 2.0), 2, 6);
    std::vector<cv::Point2f> points(marker.corners.begin(), marker.corners.end());
    const cv::Rect inner(half + 1, half + 1, gray.cols - 2 * half - 2, gray.rows - 2 * half - 2);
    if (std::any_of(points.begin(), points.end(), [&](const cv::Point2f& p) { return !inner.contains(p); })) continue;
    cv::cornerSubPix(gray, points, {half, half}, {-1, -1}, criteria);
    std::copy(points.begin(), points.end(), marker.corners.begin());
  }
}

std::vector<MarkerDetection> detectWithDefaults(const cv::Mat& gray, int dictionary) {
  static thread_local auto params = cv::aruco::DetectorParameters::create();
  const auto dict = cv::aruco::getPredefinedDictionary(dictionary);
  std::vector<std::vector<cv::Point2f>> corners;
  std::vector<int> ids;
  cv::aruco::detectMarkers(gray, dict, corners, ids, params);
  std::vector<MarkerDetection> out;
  for (std::size_t i = 0; i < ids.size(); ++i) out.push_back({ids[i], toCorners(corners[i], 1.0, {0, 0})});
  return out;
}

}  // namespace kiosk::demos::ar
