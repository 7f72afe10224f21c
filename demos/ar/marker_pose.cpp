#include "demos/ar/marker_pose.h"

#include <opencv2/calib3d.hpp>

namespace kiosk::demos::ar {
namespace {

double rotationDistance(const cv::Vec3d& a, const cv::Vec3d& b) {
  cv::Matx33d ra;
  cv::Matx33d rb;
  cv::Rodrigues(a, ra);
  cv::Rodrigues(b, rb);
  cv::Vec3d delta;
  cv::Rodrigues(ra.t() * rb, delta);
  return cv::norm(delta);
}

}  // namespace

std::optional<MarkerPose> solveMarkerPose(const MarkerDetection& marker, const CameraIntrinsics& intrinsics,
                                          double markerSide, const cv::Vec3d* previousRvec) {
  const std::vector<cv::Point3f> object = markerObjectPoints(static_cast<float>(markerSide));
  const std::vector<cv::Point2f> image(marker.corners.begin(), marker.corners.end());
  std::vector<cv::Mat> rvecs;
  std::vector<cv::Mat> tvecs;
  cv::Mat errors;
  int solutions = 0;
  try {
    solutions = cv::solvePnPGeneric(object, image, intrinsics.cameraMatrix, intrinsics.distortion, rvecs, tvecs, false,
                                    cv::SOLVEPNP_IPPE_SQUARE, cv::noArray(), cv::noArray(), errors);
  } catch (const cv::Exception&) {
    return std::nullopt;  // a degenerate quad
  }
  if (solutions <= 0) return std::nullopt;
  errors.convertTo(errors, CV_64F);  // float points give float errors
  // Solutions are not guaranteed to come sorted by error.
  int best = 0;
  if (solutions > 1 && errors.at<double>(1) < errors.at<double>(0)) best = 1;
  if (solutions > 1 && previousRvec) {
    const int other = 1 - best;
    // Ambiguous when the other solution reprojects nearly as well: keep the rotation continuous.
    if (errors.at<double>(other) < errors.at<double>(best) * 1.5 + 0.5 &&
        rotationDistance(*previousRvec, cv::Vec3d(rvecs[static_cast<std::size_t>(other)])) <
            rotationDistance(*previousRvec, cv::Vec3d(rvecs[static_cast<std::size_t>(best)])))
      best = other;
  }
  MarkerPose pose;
  if (errors.at<double>(best) > 2.0) {
    // IPPE_SQUARE degenerates for an exactly fronto-parallel square (both candidates are the mirrored
    // pose there); the iterative solver does not, and is rarely needed.
    cv::Vec3d r;
    cv::Vec3d t;
    std::vector<cv::Point2f> projected;
    if (cv::solvePnP(object, image, intrinsics.cameraMatrix, intrinsics.distortion, r, t, false, cv::SOLVEPNP_ITERATIVE)) {
      cv::projectPoints(object, r, t, intrinsics.cameraMatrix, intrinsics.distortion, projected);
      double e = 0;
      for (std::size_t i = 0; i < 4; ++i) e += cv::norm(projected[i] - image[i]) * cv::norm(projected[i] - image[i]);
      e = std::sqrt(e / 4);
      if (e < errors.at<double>(best)) {
        pose.id = marker.id;
        pose.rvec = r;
        pose.tvec = t;
        pose.reprojectionPx = e;
        pose.corners = marker.corners;
        return pose;
      }
    }
  }
  pose.id = marker.id;
  pose.rvec = cv::Vec3d(rvecs[static_cast<std::size_t>(best)]);
  pose.tvec = cv::Vec3d(tvecs[static_cast<std::size_t>(best)]);
  pose.reprojectionPx = errors.at<double>(best);
  pose.corners = marker.corners;
  return pose;
}

PoseTracker::PoseTracker(CameraIntrinsics intrinsics, double markerSide, SmoothingOptions options)
    : m_intrinsics(std::move(intrinsics)), m_side(markerSide), m_options(options) {}

std::vector<MarkerPose> PoseTracker::update(const std::vector<MarkerDetection>& markers, double timeS) {
  for (auto it = m_tracks.begin(); it != m_tracks.end();)
    it = timeS - it->second.lastSeenS > m_options.forgetAfterS ? m_tracks.erase(it) : std::next(it);
  std::vector<MarkerPose> out;
  for (const auto& marker : markers) {
    auto [it, fresh] = m_tracks.try_emplace(marker.id);
    Track& track = it->second;
    if (fresh) track.filters.fill(OneEuroFilter(m_options.minCutoffHz, m_options.beta));
    MarkerDetection smoothed = marker;
    for (std::size_t i = 0; i < 4; ++i) {
      smoothed.corners[i].x = static_cast<float>(track.filters[2 * i].filter(marker.corners[i].x, timeS));
      smoothed.corners[i].y = static_cast<float>(track.filters[2 * i + 1].filter(marker.corners[i].y, timeS));
    }
    track.lastSeenS = timeS;
    auto pose = solveMarkerPose(smoothed, m_intrinsics, m_side, fresh ? nullptr : &track.rvec);
    if (!pose) continue;
    track.rvec = pose->rvec;
    out.push_back(*pose);
  }
  return out;
}

}  // namespace kiosk::demos::ar
