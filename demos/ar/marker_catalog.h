// MarkerCatalog: assets/ar/markers.toml, the printed cards: marker ID → technology area, its 3D model,
// colour and panel texts (it/en). Errors are "file:line:column: message", all of them at once.
#pragma once

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <tl/expected.hpp>

#include "demos/ar/obj_mesh.h"

namespace kiosk::demos::ar {

struct MarkerCard {
  int marker = -1;                               // DICT_6X6_250 id
  std::string area;                              // technology-area code, "A".."I"
  std::filesystem::path model;                   // absolute
  std::array<float, 3> colour{0.8f, 0.8f, 0.8f}; // RGB 0..1
  std::map<std::string, std::string> practice;   // language → text
  std::map<std::string, std::string> services;
  ObjMesh mesh;                                  // loaded with the catalog
};

struct MarkerCatalog {
  double markerSideMm = 80;
  std::vector<MarkerCard> cards;

  [[nodiscard]] const MarkerCard* find(int marker) const;
  [[nodiscard]] std::set<int> markerIds() const;
};

// `areaCodes`: the known technology areas (empty: not checked); `languages`: the texts required.
[[nodiscard]] tl::expected<MarkerCatalog, std::vector<std::string>> loadMarkerCatalog(
    const std::filesystem::path& file, const std::set<std::string>& areaCodes, const std::vector<std::string>& languages);

}  // namespace kiosk::demos::ar
