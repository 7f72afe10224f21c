#include "demos/ar/synthetic_scene.h"

#include <algorithm>
#include <cmath>

#include <opencv2/aruco.hpp>
#include <opencv2/calib3d.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace kiosk::demos::ar {
namespace {

constexpr int kMarginCells = 2;  // the card's white margin, in cells (as ar-cards prints it)

std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
  // splitmix64 of the pair: neighbouring seeds and indices give unrelated streams.
  std::uint64_t z = a * 0x9E3779B97F4A7C15ull + b + 0x632BE59BD9B4E019ull;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

struct PlacedCard {
  cv::Vec3d rvec, tvec;
  Corners marker{};
  std::array<cv::Point2f, 4> card{};
};

cv::Matx33d rotationFor(double rz, double tiltX, double tiltY) {
  // Facing the camera: marker x → camera x, marker y (up) → camera -y, marker z → camera -z.
  const cv::Matx33d facing(1, 0, 0, 0, -1, 0, 0, 0, -1);
  const cv::Matx33d rx(1, 0, 0, 0, std::cos(tiltX), -std::sin(tiltX), 0, std::sin(tiltX), std::cos(tiltX));
  const cv::Matx33d ry(std::cos(tiltY), 0, std::sin(tiltY), 0, 1, 0, -std::sin(tiltY), 0, std::cos(tiltY));
  const cv::Matx33d rzm(std::cos(rz), -std::sin(rz), 0, std::sin(rz), std::cos(rz), 0, 0, 0, 1);
  return facing * rx * ry * rzm;
}

PlacedCard project(const cv::Matx33d& k, const cv::Vec3d& rvec, const cv::Vec3d& tvec) {
  PlacedCard out{rvec, tvec, {}, {}};
  std::vector<cv::Point3f> object = markerObjectPoints(1.0f);
  const float cardHalf = 0.5f * static_cast<float>(kMarkerCells + 2 * kMarginCells) / kMarkerCells;
  for (int i = 0; i < 4; ++i)
    object.emplace_back(object[static_cast<std::size_t>(i)].x * cardHalf * 2, object[static_cast<std::size_t>(i)].y * cardHalf * 2, 0.0f);
  std::vector<cv::Point2f> image;
  cv::projectPoints(object, rvec, tvec, k, cv::noArray(), image);
  for (std::size_t i = 0; i < 4; ++i) {
    out.marker[i] = image[i];
    out.card[i] = image[i + 4];
  }
  return out;
}

bool inside(const std::array<cv::Point2f, 4>& quad, cv::Size size, float margin) {
  return std::all_of(quad.begin(), quad.end(), [&](const cv::Point2f& p) {
    return p.x >= margin && p.y >= margin && p.x <= static_cast<float>(size.width) - margin &&
           p.y <= static_cast<float>(size.height) - margin;
  });
}

cv::Rect boundsOf(const std::array<cv::Point2f, 4>& quad) {
  return cv::boundingRect(std::vector<cv::Point2f>(quad.begin(), quad.end()));
}

// Pastes `canvas` (card: marker plus margin) so its marker corners land on `quad`.
void pasteCard(cv::Mat& frame, const cv::Mat& canvas, int cellPx, const Corners& quad) {
  const float m = static_cast<float>(kMarginCells * cellPx) - 0.5f;  // pixel-centre convention
  const float e = m + static_cast<float>(kMarkerCells * cellPx);
  const cv::Point2f src[4] = {{m, m}, {e, m}, {e, e}, {m, e}};
  const cv::Point2f dst[4] = {quad[0], quad[1], quad[2], quad[3]};
  const cv::Matx33d h = cv::getPerspectiveTransform(src, dst);
  std::vector<cv::Point2f> canvasCorners{{-0.5f, -0.5f},
                                         {static_cast<float>(canvas.cols) - 0.5f, -0.5f},
                                         {static_cast<float>(canvas.cols) - 0.5f, static_cast<float>(canvas.rows) - 0.5f},
                                         {-0.5f, static_cast<float>(canvas.rows) - 0.5f}};
  std::vector<cv::Point2f> mapped;
  cv::perspectiveTransform(canvasCorners, mapped, h);
  cv::Rect roi = cv::boundingRect(mapped);
  roi.x -= 1;
  roi.y -= 1;
  roi.width += 2;
  roi.height += 2;
  roi &= cv::Rect(0, 0, frame.cols, frame.rows);
  if (roi.empty()) return;
  const cv::Matx33d shift(1, 0, -roi.x, 0, 1, -roi.y, 0, 0, 1);
  cv::Mat target = frame(roi);
  cv::warpPerspective(canvas, target, shift * h, roi.size(), cv::INTER_LINEAR, cv::BORDER_TRANSPARENT);
}

cv::Mat cardCanvas(const cv::Mat& marker, int cellPx) {
  cv::Mat card(marker.rows + 2 * kMarginCells * cellPx, marker.cols + 2 * kMarginCells * cellPx, CV_8UC3,
               cv::Scalar(245, 245, 245));
  cv::Mat bgr;
  cv::cvtColor(marker, bgr, cv::COLOR_GRAY2BGR);
  bgr.copyTo(card(cv::Rect(kMarginCells * cellPx, kMarginCells * cellPx, marker.cols, marker.rows)));
  return card;
}

cv::Mat decoyImage(cv::RNG& rng, int cellPx) {
  cv::Mat bits(kMarkerCells, kMarkerCells, CV_8UC1, cv::Scalar(0));
  for (int y = 1; y < kMarkerCells - 1; ++y)
    for (int x = 1; x < kMarkerCells - 1; ++x) bits.at<std::uint8_t>(y, x) = rng.uniform(0, 2) ? 255 : 0;
  cv::Mat big;
  cv::resize(bits, big, {kMarkerCells * cellPx, kMarkerCells * cellPx}, 0, 0, cv::INTER_NEAREST);
  return big;
}

int cellPxFor(double sidePx) { return std::clamp(static_cast<int>(std::ceil(sidePx / kMarkerCells * 1.5)), 4, 40); }

void drawClutter(cv::Mat& frame, cv::RNG& rng, int shapes) {
  const int w = frame.cols;
  const int h = frame.rows;
  const double scale = h / 720.0;
  static const char* const kWords[] = {"PID", "Industria 4.0", "ROBOT", "cloud", "IoT", "2026", "camera", "AR"};
  for (int i = 0; i < shapes; ++i) {
    const cv::Scalar colour(rng.uniform(0, 256), rng.uniform(0, 256), rng.uniform(0, 256));
    const cv::Point2f c(rng.uniform(0.0f, static_cast<float>(w)), rng.uniform(0.0f, static_cast<float>(h)));
    switch (rng.uniform(0, 5)) {
      case 0: {
        const cv::RotatedRect box(c, cv::Size2f(rng.uniform(10.0f, 200.0f) * static_cast<float>(scale), rng.uniform(10.0f, 200.0f) * static_cast<float>(scale)),
                                  rng.uniform(0.0f, 180.0f));
        cv::Point2f p[4];
        box.points(p);
        std::vector<cv::Point> poly(p, p + 4);
        cv::fillConvexPoly(frame, poly, colour, cv::LINE_AA);
        break;
      }
      case 1:
        cv::line(frame, c, c + cv::Point2f(rng.uniform(-300.0f, 300.0f), rng.uniform(-300.0f, 300.0f)) * scale, colour,
                 rng.uniform(1, 7), cv::LINE_AA);
        break;
      case 2:
        cv::circle(frame, c, static_cast<int>(rng.uniform(5.0, 80.0) * scale), colour, rng.uniform(0, 2) ? -1 : 3, cv::LINE_AA);
        break;
      case 3:
        cv::putText(frame, kWords[rng.uniform(0, 8)], c, cv::FONT_HERSHEY_SIMPLEX, rng.uniform(0.5, 2.0) * scale, colour,
                    rng.uniform(1, 4), cv::LINE_AA);
        break;
      default: {  // a dark outlined rectangle: a square-ish candidate with nothing inside
        const int s = static_cast<int>(rng.uniform(20.0, 120.0) * scale);
        cv::rectangle(frame, cv::Rect(static_cast<int>(c.x), static_cast<int>(c.y), s, s), cv::Scalar::all(20),
                      rng.uniform(2, 10));
      }
    }
  }
}

void applyPhotometry(cv::Mat& frame, cv::RNG& rng) {
  const double gain = rng.uniform(0.5, 1.2);
  const double gx = rng.uniform(-0.4, 0.4);
  const double gy = rng.uniform(-0.4, 0.4);
  const double sigma = rng.uniform(0.0, 1.2);
  const bool motion = rng.uniform(0.0, 1.0) < 0.3;
  const int motionLength = rng.uniform(3, 8);
  const double motionAngle = rng.uniform(0.0, CV_PI);
  const double noise = rng.uniform(2.0, 6.0);
  const int quality = rng.uniform(70, 96);

  cv::Mat light(frame.size(), CV_32F);
  for (int y = 0; y < frame.rows; ++y) {
    auto* row = light.ptr<float>(y);
    for (int x = 0; x < frame.cols; ++x)
      row[x] = static_cast<float>(gain * (1.0 + gx * (x / double(frame.cols) - 0.5) + gy * (y / double(frame.rows) - 0.5)));
  }
  cv::Mat f;
  frame.convertTo(f, CV_32FC3);
  cv::Mat light3;
  cv::merge(std::vector<cv::Mat>{light, light, light}, light3);
  cv::multiply(f, light3, f);
  if (sigma > 0.3) cv::GaussianBlur(f, f, {0, 0}, sigma);
  if (motion) {
    cv::Mat kernel = cv::Mat::zeros(motionLength, motionLength, CV_32F);
    const cv::Point2d centre((motionLength - 1) / 2.0, (motionLength - 1) / 2.0);
    const cv::Point2d d(std::cos(motionAngle) * (motionLength - 1) / 2.0, std::sin(motionAngle) * (motionLength - 1) / 2.0);
    cv::line(kernel, centre - d, centre + d, cv::Scalar(1.0), 1, cv::LINE_AA);
    kernel /= cv::sum(kernel)[0];
    cv::filter2D(f, f, -1, kernel);
  }
  cv::Mat n(f.size(), CV_32FC3);
  rng.fill(n, cv::RNG::NORMAL, 0.0, noise);
  f += n;
  f.convertTo(frame, CV_8UC3);
  std::vector<std::uint8_t> jpeg;
  cv::imencode(".jpg", frame, jpeg, {cv::IMWRITE_JPEG_QUALITY, quality});
  frame = cv::imdecode(jpeg, cv::IMREAD_COLOR);
}

}  // namespace

cv::Matx33d sceneCameraMatrix(cv::Size size, double horizontalFovDeg) {
  const double f = size.width / (2.0 * std::tan(horizontalFovDeg * CV_PI / 360.0));
  return {f, 0, (size.width - 1) / 2.0, 0, f, (size.height - 1) / 2.0, 0, 0, 1};
}

cv::Mat markerImage(MarkerFamily family, int id, int cellPx) {
  const auto dictionary = cv::aruco::getPredefinedDictionary(
      family == MarkerFamily::Aruco6x6 ? cv::aruco::DICT_6X6_250 : cv::aruco::DICT_APRILTAG_36h11);
  cv::Mat image;
  cv::aruco::drawMarker(dictionary, id, kMarkerCells * cellPx, image, 1);
  return image;
}

SyntheticFrame renderScene(const SceneOptions& options, std::uint64_t seed, std::uint64_t index) {
  const std::uint64_t sequenceLength = static_cast<std::uint64_t>(std::max(1, options.sequenceLength));
  cv::RNG sceneRng(mix(seed, index / sequenceLength));
  cv::RNG frameRng(mix(seed ^ 0x5eed, index));
  const double t = static_cast<double>(index % sequenceLength);
  const cv::Size size = options.size;
  const cv::Matx33d k = sceneCameraMatrix(size, options.horizontalFovDeg);
  const double scale = size.height / 720.0;

  SyntheticFrame out;
  out.cameraMatrix = k;
  // Background: a tinted gradient plus clutter.
  const cv::Scalar base(sceneRng.uniform(70, 210), sceneRng.uniform(70, 210), sceneRng.uniform(70, 210));
  out.bgr = cv::Mat(size, CV_8UC3, base);
  drawClutter(out.bgr, sceneRng, options.clutterShapes);

  auto drawPose = [&](double sidePx, double& u, double& v, cv::Vec3d& rvecOut, cv::Vec3d& tvecOut, double rz, double tx,
                      double ty) {
    const double z = k(0, 0) / sidePx;  // marker side is 1 unit
    const cv::Vec3d ray((u - k(0, 2)) / k(0, 0), (v - k(1, 2)) / k(1, 1), 1.0);
    tvecOut = ray * z;
    cv::Rodrigues(rotationFor(rz, tx, ty), rvecOut);
  };
  const double maxTilt = options.maxTiltDeg * CV_PI / 180.0;

  // Decoys: cards with random bits, same style as markers.
  for (int i = 0; i < options.decoys; ++i) {
    double side = std::exp(sceneRng.uniform(std::log(options.minSidePx), std::log(options.maxSidePx))) * scale;
    double u = sceneRng.uniform(0.0, double(size.width));
    double v = sceneRng.uniform(0.0, double(size.height));
    cv::Vec3d r, tv;
    drawPose(side, u, v, r, tv, sceneRng.uniform(0.0, 2 * CV_PI), sceneRng.uniform(-maxTilt, maxTilt),
             sceneRng.uniform(-maxTilt, maxTilt));
    const int cell = cellPxFor(side);
    const cv::Mat decoy = decoyImage(sceneRng, cell);
    const PlacedCard placed = project(k, r, tv);
    if (tv[2] > 0) pasteCard(out.bgr, cardCanvas(decoy, cell), cell, placed.marker);
  }

  const int count = options.ids.empty() ? 0 : sceneRng.uniform(options.minMarkers, options.maxMarkers + 1);
  std::vector<cv::Rect> taken;
  for (int m = 0; m < count; ++m) {
    for (int attempt = 0; attempt < 40; ++attempt) {
      const int id = options.ids[static_cast<std::size_t>(sceneRng.uniform(0, static_cast<int>(options.ids.size())))];
      const double side = std::exp(sceneRng.uniform(std::log(options.minSidePx), std::log(options.maxSidePx))) * scale;
      double u = sceneRng.uniform(0.0, double(size.width));
      double v = sceneRng.uniform(0.0, double(size.height));
      const double rz = sceneRng.uniform(0.0, 2 * CV_PI);
      // The card's tilt from facing the camera is at most maxTilt, about any in-plane axis (drawing
      // x and y tilts independently would reach ~65° on the diagonal: an edge-on sliver).
      const double tilt = sceneRng.uniform(0.0, maxTilt);
      const double axis = sceneRng.uniform(0.0, 2 * CV_PI);
      const double tiltX = tilt * std::cos(axis);
      const double tiltY = tilt * std::sin(axis);
      // Motion per frame for sequences: a slow drift and turn, as a hand holding a card.
      const double du = sceneRng.uniform(-3.0, 3.0) * scale;
      const double dv = sceneRng.uniform(-3.0, 3.0) * scale;
      const double drz = sceneRng.uniform(-0.02, 0.02);
      const double dTilt = sceneRng.uniform(-0.004, 0.004);
      auto poseAt = [&](double step) {
        double uu = u + du * step;
        double vv = v + dv * step;
        cv::Vec3d r, tv;
        drawPose(side, uu, vv, r, tv, rz + drz * step, tiltX + dTilt * step, tiltY - dTilt * step);
        return project(k, r, tv);
      };
      const PlacedCard first = poseAt(0);
      const PlacedCard last = poseAt(static_cast<double>(sequenceLength - 1));
      if (!inside(first.card, size, 2) || !inside(last.card, size, 2)) continue;
      cv::Rect area = boundsOf(first.card) | boundsOf(last.card);
      area.x -= 6;
      area.y -= 6;
      area.width += 12;
      area.height += 12;
      if (std::any_of(taken.begin(), taken.end(), [&](const cv::Rect& r) { return (r & area).area() > 0; })) continue;
      taken.push_back(area);
      const PlacedCard now = poseAt(t);
      const int cell = cellPxFor(side);
      pasteCard(out.bgr, cardCanvas(markerImage(options.family, id, cell), cell), cell, now.marker);
      out.markers.push_back({id, now.marker, now.rvec, now.tvec});
      break;
    }
  }
  if (options.photometric) applyPhotometry(out.bgr, frameRng);
  return out;
}

SyntheticFrame renderMarkerAtPose(cv::Size size, const cv::Matx33d& cameraMatrix, int id, const cv::Vec3d& rvec,
                                  const cv::Vec3d& tvec, MarkerFamily family) {
  SyntheticFrame out;
  out.cameraMatrix = cameraMatrix;
  out.bgr = cv::Mat(size, CV_8UC3, cv::Scalar(120, 130, 140));
  const PlacedCard placed = project(cameraMatrix, rvec, tvec);
  const int cell = cellPxFor(sideLengthPx(placed.marker));
  pasteCard(out.bgr, cardCanvas(markerImage(family, id, cell), cell), cell, placed.marker);
  out.markers.push_back({id, placed.marker, rvec, tvec});
  return out;
}

}  // namespace kiosk::demos::ar
