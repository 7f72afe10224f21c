// ArGlView: the AR screen's picture in OpenGL. The camera frame streams into one texture (allocated
// once per frame size, then glTexSubImage2D per new frame: never re-created), and each card's mesh
// is drawn at its marker's pose with a depth test, from an ImGui draw callback so it lands between
// the camera image and the widgets on top. The projection is built from the camera intrinsics, so
// the model sits on the card exactly where the detector saw it.
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include <imgui.h>

#include "kiosk/core/ar_desk.h"

namespace kiosk::ui {

class ArGlView {
 public:
  ArGlView() = default;
  ~ArGlView();
  ArGlView(const ArGlView&) = delete;
  ArGlView& operator=(const ArGlView&) = delete;

  // Uploads the frame if it is new, then queues the image and the models into `list` at `rect`.
  void draw(ImDrawList* list, const core::ArDesk& desk, const core::ArFrame& frame, ImVec2 min, ImVec2 max);
  // Drop the picture (the screen was left); GL objects stay for the next time.
  void forget() { m_uploaded = 0; }

 private:
  struct Mesh {
    unsigned vao = 0;
    unsigned vbo = 0;
    int vertices = 0;
  };
  struct Instance {
    const Mesh* mesh = nullptr;
    std::array<float, 16> mvp{};
    std::array<float, 9> rotation{};
    std::array<float, 3> colour{};
  };

  void upload(const core::ArFrame& frame);
  const Mesh* meshFor(const core::ArCard& card);
  bool ensureProgram();
  static void renderCallback(const ImDrawList* list, const ImDrawCmd* cmd);
  void render() const;

  unsigned m_texture = 0;
  int m_texWidth = 0;
  int m_texHeight = 0;
  std::uint64_t m_uploaded = 0;
  unsigned m_program = 0;
  bool m_programFailed = false;
  std::map<int, Mesh> m_meshes;
  // For the callback, valid until the frame is rendered.
  std::vector<Instance> m_instances;
  ImVec2 m_min, m_max;
};

// The OpenGL matrices from an OpenCV pose and intrinsics (column-major), exposed for tests:
// clip = projection(K, W, H) * [R|t]; pixel (u, v) of a point maps to NDC as OpenCV projects it.
[[nodiscard]] std::array<float, 16> arModelViewProjection(const core::ArMarkerPose& pose,
                                                          const std::array<double, 4>& intrinsics, int width,
                                                          int height, double nearZ = 0.05, double farZ = 200.0);
[[nodiscard]] std::array<float, 9> arRotation(const std::array<double, 3>& rvec);

}  // namespace kiosk::ui
