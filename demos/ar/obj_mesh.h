// ObjMesh: the small Wavefront OBJ subset the AR models use: `v x y z` and `f a b c ...` (indices may
// carry /vt/vn, which are ignored; negative indices count from the end). Polygons are fanned into
// triangles; flat normals are computed per triangle. Errors are "file:line: message".
#pragma once

#include <array>
#include <filesystem>
#include <string>
#include <vector>

#include <tl/expected.hpp>

namespace kiosk::demos::ar {

struct ObjMesh {
  std::vector<std::array<float, 3>> positions;  // 3 per triangle, unindexed (ready for a vertex buffer)
  std::vector<std::array<float, 3>> normals;    // one per position
  [[nodiscard]] std::size_t triangles() const { return positions.size() / 3; }
};

[[nodiscard]] tl::expected<ObjMesh, std::string> loadObj(const std::filesystem::path& file);
[[nodiscard]] tl::expected<ObjMesh, std::string> parseObj(const std::string& text, const std::string& name);

}  // namespace kiosk::demos::ar
