// ArDesk: the camera AR demo as the screens see it (UI thread only). The app fills the cards at
// start-up and each processed camera frame from the AR service; the screen turns the camera on and
// off through setActive. No OpenCV here: frames are RGB bytes and poses plain numbers.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::core {

struct ArCard {
  int marker = -1;
  std::string area;                              // technology-area code
  std::array<float, 3> colour{0.8f, 0.8f, 0.8f};
  std::map<std::string, std::string> practice;   // language → text
  std::map<std::string, std::string> services;
  std::vector<float> mesh;                       // x y z nx ny nz per vertex, triangles, in marker sides
};

struct ArMarkerPose {
  int marker = -1;
  std::array<double, 3> rvec{};  // marker → camera (OpenCV axes), marker side = 1
  std::array<double, 3> tvec{};
};

struct ArFrame {
  std::shared_ptr<const std::vector<std::uint8_t>> rgb;  // width*height*3
  int width = 0;
  int height = 0;
  std::uint64_t sequence = 0;
  std::array<double, 4> intrinsics{};  // fx fy cx cy at this size
  std::vector<ArMarkerPose> markers;
  float detectMs = 0;
};

struct ArDesk {
  std::vector<ArCard> cards;
  std::vector<std::string> problems;  // bad cards file: staff panel
  bool cameraConfigured = false;
  std::string cameraProblem;          // the camera worker's last Degraded text, "" when frames flow
  std::optional<ArFrame> latest;
  std::uint64_t revision = 0;
  std::function<void(bool active)> setActive;  // the screen: start/stop the camera

  [[nodiscard]] const ArCard* card(int marker) const {
    for (const auto& c : cards)
      if (c.marker == marker) return &c;
    return nullptr;
  }
};

}  // namespace kiosk::core
