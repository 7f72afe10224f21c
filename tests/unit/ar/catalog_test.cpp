#include <gtest/gtest.h>

#include "demos/ar/marker_catalog.h"
#include "demos/ar/obj_mesh.h"
#include "temp_dir.h"

namespace ar = kiosk::demos::ar;

namespace {
const std::set<std::string> kAreas{"A", "B", "C", "D", "E", "F", "G", "H", "I"};
const std::vector<std::string> kLanguages{"it", "en"};

bool anyContains(const std::vector<std::string>& errors, const std::string& text) {
  for (const auto& e : errors)
    if (e.find(text) != std::string::npos) return true;
  return false;
}
}  // namespace

TEST(MarkerCatalog, TheShippedCardsLoadWithAModelPerArea) {
  auto catalog = ar::loadMarkerCatalog(std::filesystem::path(KIOSK_ASSETS_DIR) / "ar/markers.toml", kAreas, kLanguages);
  ASSERT_TRUE(catalog) << catalog.error().front();
  EXPECT_EQ(catalog->cards.size(), kAreas.size());
  std::set<std::string> areas;
  for (const auto& card : catalog->cards) {
    areas.insert(card.area);
    EXPECT_GT(card.mesh.triangles(), 10u) << card.model;
    EXPECT_LT(card.mesh.triangles(), 2000u) << card.model;
    EXPECT_FALSE(card.practice.at("it").empty());
    EXPECT_FALSE(card.services.at("en").empty());
  }
  EXPECT_EQ(areas, kAreas);
  EXPECT_GT(catalog->markerSideMm, 0);
}

TEST(MarkerCatalog, BadTomlIsReportedWithFileLineAndColumn) {
  kiosk::test::TempDir dir;
  dir.write("cube.obj", "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n");
  const auto syntax = dir.write("syntax.toml", "marker_side_mm = 80\n[[card]\n");
  auto e1 = ar::loadMarkerCatalog(syntax, kAreas, kLanguages);
  ASSERT_FALSE(e1);
  EXPECT_TRUE(anyContains(e1.error(), "syntax.toml:2:")) << e1.error().front();

  const auto wrong = dir.write("wrong.toml",
                               "[[card]]\nmarker = 300\n\n[[card]]\nmarker = 4\narea = \"Z\"\nmodel = \"cube.obj\"\n"
                               "practice.it = \"x\"\npractice.en = \"x\"\nservices.it = \"x\"\nservices.en = \"\"\n"
                               "colour = \"red\"\nsize = 3\n");
  auto e2 = ar::loadMarkerCatalog(wrong, kAreas, kLanguages);
  ASSERT_FALSE(e2);
  EXPECT_TRUE(anyContains(e2.error(), "wrong.toml:1:1: card.marker must be"));
  EXPECT_TRUE(anyContains(e2.error(), "unknown technology area 'Z'"));
  EXPECT_TRUE(anyContains(e2.error(), "services.en missing or empty"));
  EXPECT_TRUE(anyContains(e2.error(), "colour must be"));
  EXPECT_TRUE(anyContains(e2.error(), "wrong.toml:13:"));
}

TEST(MarkerCatalog, ABrokenModelIsReportedAtItsLine) {
  kiosk::test::TempDir dir;
  dir.write("broken.obj", "v 0 0 0\nv 1 0 0\nf 1 2 7\n");
  const auto file = dir.write("cards.toml",
                              "[[card]]\nmarker = 1\narea = \"A\"\nmodel = \"broken.obj\"\n"
                              "practice.it = \"x\"\npractice.en = \"x\"\nservices.it = \"x\"\nservices.en = \"x\"\n");
  auto result = ar::loadMarkerCatalog(file, kAreas, kLanguages);
  ASSERT_FALSE(result);
  EXPECT_TRUE(anyContains(result.error(), "broken.obj:3: face index 7")) << result.error().front();
}

TEST(ObjMesh, FansPolygonsIntoTrianglesWithFlatNormals) {
  auto mesh = ar::parseObj("# quad\nv 0 0 0\nv 1 0 0\nv 1 1 0\nv 0 1 0\nvn 0 0 1\nf 1//1 2//1 3//1 -1//1\n", "quad");
  ASSERT_TRUE(mesh) << mesh.error();
  EXPECT_EQ(mesh->triangles(), 2u);
  EXPECT_FLOAT_EQ(mesh->normals[0][2], 1.0f);
  EXPECT_FALSE(ar::parseObj("v 1 2\n", "short"));
  EXPECT_FALSE(ar::parseObj("v 0 0 0\n", "no-faces"));
}
