#include "demos/ar/obj_mesh.h"

#include <cmath>
#include <fstream>
#include <sstream>

namespace kiosk::demos::ar {
namespace {

constexpr std::size_t kMaxVertices = 200000;  // the demo's meshes are tiny; a huge file is a mistake

std::array<float, 3> normalOf(const std::array<float, 3>& a, const std::array<float, 3>& b,
                              const std::array<float, 3>& c) {
  const float ux = b[0] - a[0], uy = b[1] - a[1], uz = b[2] - a[2];
  const float vx = c[0] - a[0], vy = c[1] - a[1], vz = c[2] - a[2];
  std::array<float, 3> n{uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx};
  const float len = std::sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
  if (len > 0) for (float& x : n) x /= len;
  return n;
}

}  // namespace

tl::expected<ObjMesh, std::string> parseObj(const std::string& text, const std::string& name) {
  ObjMesh mesh;
  std::vector<std::array<float, 3>> vertices;
  std::istringstream in(text);
  std::string line;
  int lineNo = 0;
  auto error = [&](const std::string& message) {
    return tl::unexpected(name + ":" + std::to_string(lineNo) + ": " + message);
  };
  while (std::getline(in, line)) {
    ++lineNo;
    std::istringstream words(line);
    std::string kind;
    if (!(words >> kind) || kind[0] == '#') continue;
    if (kind == "v") {
      std::array<float, 3> v{};
      if (!(words >> v[0] >> v[1] >> v[2]) || !std::isfinite(v[0]) || !std::isfinite(v[1]) || !std::isfinite(v[2]))
        return error("a vertex needs three numbers");
      if (vertices.size() >= kMaxVertices) return error("more than 200000 vertices");
      vertices.push_back(v);
    } else if (kind == "f") {
      std::vector<std::size_t> face;
      std::string item;
      while (words >> item) {
        long index = 0;
        try {
          index = std::stol(item.substr(0, item.find('/')));
        } catch (const std::exception&) {
          return error("bad face index '" + item + "'");
        }
        if (index < 0) index += static_cast<long>(vertices.size()) + 1;
        if (index < 1 || index > static_cast<long>(vertices.size()))
          return error("face index " + item + " refers to no vertex defined before it");
        face.push_back(static_cast<std::size_t>(index - 1));
      }
      if (face.size() < 3) return error("a face needs at least three vertices");
      for (std::size_t i = 1; i + 1 < face.size(); ++i) {
        const auto& a = vertices[face[0]];
        const auto& b = vertices[face[i]];
        const auto& c = vertices[face[i + 1]];
        const auto n = normalOf(a, b, c);
        for (const auto* p : {&a, &b, &c}) {
          mesh.positions.push_back(*p);
          mesh.normals.push_back(n);
        }
      }
    }
    // vt, vn, o, g, s, usemtl, mtllib: not needed for a flat-coloured model.
  }
  if (mesh.positions.empty()) return tl::unexpected(name + ": no faces");
  return mesh;
}

tl::expected<ObjMesh, std::string> loadObj(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return tl::unexpected(file.string() + ": cannot open");
  std::ostringstream text;
  text << in.rdbuf();
  return parseObj(text.str(), file.string());
}

}  // namespace kiosk::demos::ar
