#include "kiosk/core/technology_areas.h"

#include <string>

#include <gtest/gtest.h>

#include "tests/unit/temp_dir.h"

namespace kiosk::core {
namespace {

const std::vector<std::string> kItEn{"it", "en"};

std::string joined(const std::vector<std::string>& errors) {
  std::string out;
  for (const std::string& e : errors) out += "\n  " + e;
  return out;
}

bool anyErrorStartsWithAndContains(const std::vector<std::string>& errors, const std::string& prefix,
                                   const std::string& text) {
  for (const std::string& e : errors) {
    if (e.rfind(prefix, 0) == 0 && e.find(text) != std::string::npos) return true;
  }
  return false;
}

TEST(TechnologyAreas, LoadsAreasInFileOrder) {
  test::TempDir dir;
  const auto file = dir.write("areas.toml", R"(
[[area]]
id = "B"
icon = "cube"
title.it = "Manifattura additiva"
title.en = "Additive manufacturing"
summary.it = "Stampa 3D"
summary.en = "3D printing"

[[area]]
id = "A"
icon = "industry"
title = { it = "Manifattura avanzata", en = "Advanced manufacturing" }
summary = { it = "Robot", en = "Robots" }
)");
  const auto areas = loadTechnologyAreas(file, kItEn);
  ASSERT_TRUE(areas) << joined(areas.error());
  ASSERT_EQ(areas->size(), 2u);
  EXPECT_EQ((*areas)[0].id, "B");
  EXPECT_EQ((*areas)[0].icon, "cube");
  EXPECT_EQ((*areas)[0].title.at("en"), "Additive manufacturing");
  EXPECT_EQ((*areas)[0].summary.at("it"), "Stampa 3D");
  EXPECT_EQ((*areas)[1].id, "A");
  EXPECT_EQ((*areas)[1].title.at("it"), "Manifattura avanzata");
}

TEST(TechnologyAreas, MissingTranslationIsReportedWithItsPosition) {
  test::TempDir dir;
  const auto file = dir.write("areas.toml", R"([[area]]
id = "A"
title.it = "Manifattura avanzata"
title.en = "Advanced manufacturing"
summary.it = "Robot"
summary.en = ""
)");
  const auto areas = loadTechnologyAreas(file, kItEn);
  ASSERT_FALSE(areas);
  ASSERT_EQ(areas.error().size(), 1u) << joined(areas.error());
  EXPECT_TRUE(anyErrorStartsWithAndContains(areas.error(), file.string() + ":", "summary.en is missing"))
      << joined(areas.error());
  // The same file is fine for a kiosk that shows Italian only.
  EXPECT_TRUE(loadTechnologyAreas(file, {"it"}));
}

TEST(TechnologyAreas, EveryProblemIsReported) {
  test::TempDir dir;
  const auto file = dir.write("areas.toml", R"([[area]]
id = "A"
title = "not a table"
summary.it = "x"
summary.en = "x"

[[area]]
id = "A"
title.it = "Doppione"
summary.it = "x"
summary.en = "x"

[[area]]
title.it = "Senza id"
title.en = "No id"
summary.it = "x"
summary.en = "x"
)");
  const auto areas = loadTechnologyAreas(file, kItEn);
  ASSERT_FALSE(areas);
  const auto& errors = areas.error();
  const std::string at = file.string() + ":";
  EXPECT_TRUE(anyErrorStartsWithAndContains(errors, at + "1:", "title must be a table of languages")) << joined(errors);
  EXPECT_TRUE(anyErrorStartsWithAndContains(errors, at + "7:", "duplicate area id A")) << joined(errors);
  EXPECT_TRUE(anyErrorStartsWithAndContains(errors, at, "title.en is missing")) << joined(errors);
  EXPECT_TRUE(anyErrorStartsWithAndContains(errors, at + "13:", "area without id")) << joined(errors);
  EXPECT_EQ(errors.size(), 4u) << joined(errors);
}

TEST(TechnologyAreas, FileWithoutAreasIsAnError) {
  test::TempDir dir;
  const auto file = dir.write("areas.toml", "# nothing here yet\n");
  const auto areas = loadTechnologyAreas(file, kItEn);
  ASSERT_FALSE(areas);
  EXPECT_NE(joined(areas.error()).find("no [[area]] entries"), std::string::npos) << joined(areas.error());
}

TEST(TechnologyAreas, MissingFileAndSyntaxErrorAreReported) {
  test::TempDir dir;
  const auto missing = loadTechnologyAreas(dir.path() / "absent.toml", kItEn);
  ASSERT_FALSE(missing);
  EXPECT_NE(joined(missing.error()).find("absent.toml"), std::string::npos);

  const auto file = dir.write("areas.toml", "[[area]]\nid = \"A\nicon = \"x\"\n");
  const auto broken = loadTechnologyAreas(file, kItEn);
  ASSERT_FALSE(broken);
  ASSERT_EQ(broken.error().size(), 1u) << joined(broken.error());
  EXPECT_EQ(broken.error()[0].rfind(file.string() + ":2:", 0), 0u) << broken.error()[0];
}

TEST(Localized, PrefersTheLanguageThenAnyText) {
  const std::map<std::string, std::string> texts{{"en", "Robots"}, {"it", "Robot"}};
  EXPECT_EQ(localized(texts, "it"), "Robot");
  EXPECT_EQ(localized(texts, "en"), "Robots");
  EXPECT_FALSE(localized(texts, "de").empty());  // some text beats a blank card
  EXPECT_EQ(localized({}, "it"), "");
}

}  // namespace
}  // namespace kiosk::core
