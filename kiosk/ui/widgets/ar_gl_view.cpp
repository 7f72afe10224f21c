#include "kiosk/ui/widgets/ar_gl_view.h"

#define GL_GLEXT_PROTOTYPES 1
#include <SDL_opengl.h>

#include <cmath>

#include <spdlog/spdlog.h>

namespace kiosk::ui {
namespace {

constexpr const char* kVertexShader = R"(#version 330 core
layout(location = 0) in vec3 position;
layout(location = 1) in vec3 normal;
uniform mat4 mvp;
uniform mat3 rotation;
out vec3 cameraNormal;
void main() {
  gl_Position = mvp * vec4(position, 1.0);
  cameraNormal = rotation * normal;
})";

// Two-sided Lambert with a light above the camera, in OpenCV camera axes (y down, z forward).
constexpr const char* kFragmentShader = R"(#version 330 core
in vec3 cameraNormal;
uniform vec3 colour;
out vec4 fragment;
void main() {
  vec3 light = normalize(vec3(0.3, -0.6, -0.75));
  float diffuse = abs(dot(normalize(cameraNormal), light));
  fragment = vec4(colour * (0.35 + 0.65 * diffuse), 1.0);
})";

unsigned compile(GLenum kind, const char* source) {
  const GLuint shader = glCreateShader(kind);
  glShaderSource(shader, 1, &source, nullptr);
  glCompileShader(shader);
  GLint ok = 0;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (!ok) {
    char log[512];
    glGetShaderInfoLog(shader, sizeof log, nullptr, log);
    spdlog::error("ar: shader: {}", log);
    glDeleteShader(shader);
    return 0;
  }
  return shader;
}

}  // namespace

std::array<float, 9> arRotation(const std::array<double, 3>& rvec) {
  // Rodrigues: R = I cosθ + (1 − cosθ) k kᵀ + sinθ [k]×.
  const double theta = std::sqrt(rvec[0] * rvec[0] + rvec[1] * rvec[1] + rvec[2] * rvec[2]);
  std::array<double, 9> r{1, 0, 0, 0, 1, 0, 0, 0, 1};
  if (theta > 1e-12) {
    const double kx = rvec[0] / theta, ky = rvec[1] / theta, kz = rvec[2] / theta;
    const double c = std::cos(theta), s = std::sin(theta), v = 1 - c;
    r = {c + kx * kx * v,      kx * ky * v - kz * s, kx * kz * v + ky * s,
         ky * kx * v + kz * s, c + ky * ky * v,      ky * kz * v - kx * s,
         kz * kx * v - ky * s, kz * ky * v + kx * s, c + kz * kz * v};
  }
  std::array<float, 9> out{};  // column-major for glUniformMatrix3fv
  for (int row = 0; row < 3; ++row)
    for (int col = 0; col < 3; ++col) out[static_cast<std::size_t>(col * 3 + row)] = static_cast<float>(r[static_cast<std::size_t>(row * 3 + col)]);
  return out;
}

std::array<float, 16> arModelViewProjection(const core::ArMarkerPose& pose, const std::array<double, 4>& k, int width,
                                            int height, double nearZ, double farZ) {
  const auto rc = arRotation(pose.rvec);  // column-major
  auto R = [&](int row, int col) { return static_cast<double>(rc[static_cast<std::size_t>(col * 3 + row)]); };
  // [R|t] as a 4x4, row-major.
  double rt[4][4] = {{R(0, 0), R(0, 1), R(0, 2), pose.tvec[0]},
                     {R(1, 0), R(1, 1), R(1, 2), pose.tvec[1]},
                     {R(2, 0), R(2, 1), R(2, 2), pose.tvec[2]},
                     {0, 0, 0, 1}};
  // Projection straight from OpenCV camera axes (x right, y down, z forward) to clip space, with
  // pixel centres at integers: u = fx X/Z + cx ↔ x_ndc = 2(u + 0.5)/W − 1, y_ndc = 1 − 2(v + 0.5)/H.
  const double w = width, h = height;
  const double a = (farZ + nearZ) / (farZ - nearZ), b = -2 * farZ * nearZ / (farZ - nearZ);
  const double p[4][4] = {{2 * k[0] / w, 0, 2 * (k[2] + 0.5) / w - 1, 0},
                          {0, -2 * k[1] / h, 1 - 2 * (k[3] + 0.5) / h, 0},
                          {0, 0, a, b},
                          {0, 0, 1, 0}};
  std::array<float, 16> out{};
  for (int row = 0; row < 4; ++row)
    for (int col = 0; col < 4; ++col) {
      double sum = 0;
      for (int i = 0; i < 4; ++i) sum += p[row][i] * rt[i][col];
      out[static_cast<std::size_t>(col * 4 + row)] = static_cast<float>(sum);
    }
  return out;
}

ArGlView::~ArGlView() {
  for (auto& [id, mesh] : m_meshes) {
    glDeleteBuffers(1, &mesh.vbo);
    glDeleteVertexArrays(1, &mesh.vao);
  }
  if (m_texture) glDeleteTextures(1, &m_texture);
  if (m_program) glDeleteProgram(m_program);
}

void ArGlView::upload(const core::ArFrame& frame) {
  if (!frame.rgb || frame.sequence == m_uploaded) return;
  if (!m_texture) {
    glGenTextures(1, &m_texture);
    glBindTexture(GL_TEXTURE_2D, m_texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  }
  glBindTexture(GL_TEXTURE_2D, m_texture);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  if (frame.width != m_texWidth || frame.height != m_texHeight) {
    // Storage once per size; every later frame only replaces the pixels.
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB8, frame.width, frame.height, 0, GL_RGB, GL_UNSIGNED_BYTE, nullptr);
    m_texWidth = frame.width;
    m_texHeight = frame.height;
  }
  glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, frame.width, frame.height, GL_RGB, GL_UNSIGNED_BYTE, frame.rgb->data());
  glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
  m_uploaded = frame.sequence;
}

bool ArGlView::ensureProgram() {
  if (m_program) return true;
  if (m_programFailed) return false;
  const GLuint vs = compile(GL_VERTEX_SHADER, kVertexShader);
  const GLuint fs = compile(GL_FRAGMENT_SHADER, kFragmentShader);
  if (vs && fs) {
    m_program = glCreateProgram();
    glAttachShader(m_program, vs);
    glAttachShader(m_program, fs);
    glLinkProgram(m_program);
    GLint ok = 0;
    glGetProgramiv(m_program, GL_LINK_STATUS, &ok);
    if (!ok) {
      glDeleteProgram(m_program);
      m_program = 0;
    }
  }
  if (vs) glDeleteShader(vs);
  if (fs) glDeleteShader(fs);
  m_programFailed = m_program == 0;
  if (m_programFailed) spdlog::error("ar: no 3D models: the shader program did not build");
  return m_program != 0;
}

const ArGlView::Mesh* ArGlView::meshFor(const core::ArCard& card) {
  auto it = m_meshes.find(card.marker);
  if (it != m_meshes.end()) return &it->second;
  Mesh mesh;
  mesh.vertices = static_cast<int>(card.mesh.size() / 6);
  glGenVertexArrays(1, &mesh.vao);
  glGenBuffers(1, &mesh.vbo);
  glBindVertexArray(mesh.vao);
  glBindBuffer(GL_ARRAY_BUFFER, mesh.vbo);
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(card.mesh.size() * sizeof(float)), card.mesh.data(),
               GL_STATIC_DRAW);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, 6 * sizeof(float), nullptr);
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, 6 * sizeof(float), reinterpret_cast<void*>(3 * sizeof(float)));
  glBindVertexArray(0);
  return &m_meshes.emplace(card.marker, mesh).first->second;
}

void ArGlView::draw(ImDrawList* list, const core::ArDesk& desk, const core::ArFrame& frame, ImVec2 min, ImVec2 max) {
  upload(frame);
  if (!m_texture) return;
  list->AddImage(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(m_texture)), min, max);
  m_instances.clear();
  if (frame.markers.empty() || !ensureProgram()) return;
  for (const auto& pose : frame.markers) {
    const core::ArCard* card = desk.card(pose.marker);
    if (!card || card->mesh.empty()) continue;
    m_instances.push_back({meshFor(*card), arModelViewProjection(pose, frame.intrinsics, frame.width, frame.height),
                           arRotation(pose.rvec), card->colour});
  }
  if (m_instances.empty()) return;
  m_min = min;
  m_max = max;
  list->AddCallback(&ArGlView::renderCallback, this);
  list->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
}

void ArGlView::renderCallback(const ImDrawList* /*list*/, const ImDrawCmd* cmd) {
  static_cast<const ArGlView*>(cmd->UserCallbackData)->render();
}

void ArGlView::render() const {
  const ImGuiIO& io = ImGui::GetIO();
  const float sx = io.DisplayFramebufferScale.x;
  const float sy = io.DisplayFramebufferScale.y;
  const int fbHeight = static_cast<int>(io.DisplaySize.y * sy);
  const int x = static_cast<int>(m_min.x * sx);
  const int y = fbHeight - static_cast<int>(m_max.y * sy);  // GL counts rows from the bottom
  const int w = static_cast<int>((m_max.x - m_min.x) * sx);
  const int h = static_cast<int>((m_max.y - m_min.y) * sy);
  glViewport(x, y, w, h);
  glEnable(GL_SCISSOR_TEST);
  glScissor(x, y, w, h);
  glEnable(GL_DEPTH_TEST);
  glDepthFunc(GL_LESS);
  glDepthMask(GL_TRUE);
  glClear(GL_DEPTH_BUFFER_BIT);
  glDisable(GL_BLEND);
  glDisable(GL_CULL_FACE);
  glUseProgram(m_program);
  const GLint mvp = glGetUniformLocation(m_program, "mvp");
  const GLint rotation = glGetUniformLocation(m_program, "rotation");
  const GLint colour = glGetUniformLocation(m_program, "colour");
  for (const auto& instance : m_instances) {
    glUniformMatrix4fv(mvp, 1, GL_FALSE, instance.mvp.data());
    glUniformMatrix3fv(rotation, 1, GL_FALSE, instance.rotation.data());
    glUniform3fv(colour, 1, instance.colour.data());
    glBindVertexArray(instance.mesh->vao);
    glDrawArrays(GL_TRIANGLES, 0, instance.mesh->vertices);
  }
  glBindVertexArray(0);
  glDisable(GL_DEPTH_TEST);
}

}  // namespace kiosk::ui
