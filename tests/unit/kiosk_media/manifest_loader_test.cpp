#include "kiosk/media/manifest_loader.h"

#include <gtest/gtest.h>

#include "tests/unit/temp_dir.h"

namespace kiosk::media {
namespace {

// Every error message must start with "<file>:<line>:<column>: " and contain `text`.
::testing::AssertionResult hasProblemAt(const Catalog& catalog, int line, std::string_view text) {
  const std::string prefix = catalog.manifest.string() + ":" + std::to_string(line) + ":";
  for (const std::string& p : catalog.problems) {
    if (p.rfind(prefix, 0) == 0 && p.find(text) != std::string::npos) return ::testing::AssertionSuccess();
  }
  std::string all;
  for (const std::string& p : catalog.problems) all += "\n  " + p;
  return ::testing::AssertionFailure() << "no problem at line " << line << " with '" << text << "' among:" << all;
}

class ManifestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir.write("clip.mp4", "not really a video: the loader only checks that it exists");
    dir.write("a.png", "x");
    dir.write("b.png", "x");
    rules.areas = {"A", "B", "C"};
    rules.sectors = {"C", "G"};
  }

  Catalog load(std::string_view text) {
    auto catalog = loadManifest(dir.write("manifest.toml", text), rules);
    EXPECT_TRUE(catalog.has_value()) << (catalog ? "" : catalog.error());
    return catalog ? *catalog : Catalog{};
  }

  test::TempDir dir;
  ManifestRules rules;
};

constexpr std::string_view kValid = R"(
[[item]]
id = "cobot"
kind = "video"
file = "clip.mp4"
title = { it = "Cobot", en = "Cobot" }
description = { it = "Un cobot", en = "A cobot" }
areas = ["A"]
sectors = ["C"]
demo = "printer"

[[item]]
id = "stories"
kind = "slides"
files = ["a.png", "b.png"]
duration_s = 4.5
title = { it = "Storie", en = "Stories" }
description = { it = "Due", en = "Two" }
areas = ["B", "C"]

[item.schedule]
from = 2026-03-01
until = 2026-03-31
weekdays = ["mon", "fri"]
hours = ["08:00-13:00", "22:00-02:00"]

[[playlist]]
id = "attract"
items = ["stories", "cobot"]
)";

TEST_F(ManifestTest, ValidManifestLoadsEveryField) {
  const Catalog catalog = load(kValid);
  EXPECT_TRUE(catalog.problems.empty()) << catalog.problems.front();
  ASSERT_EQ(catalog.items.size(), 2u);
  const MediaItem& cobot = catalog.items[0];
  EXPECT_EQ(cobot.id, "cobot");
  EXPECT_EQ(cobot.kind, MediaKind::Video);
  EXPECT_EQ(cobot.mainFile(), dir.path() / "clip.mp4");
  EXPECT_EQ(cobot.title.at("en"), "Cobot");
  EXPECT_EQ(cobot.areas, std::vector<std::string>{"A"});
  EXPECT_EQ(cobot.demo, "printer");
  EXPECT_FALSE(cobot.schedule);
  EXPECT_EQ(cobot.line, 2);
  const MediaItem& stories = catalog.items[1];
  EXPECT_EQ(stories.kind, MediaKind::Slides);
  ASSERT_EQ(stories.files.size(), 2u);
  EXPECT_EQ(stories.stillDuration, std::chrono::milliseconds(4500));
  ASSERT_TRUE(stories.schedule);
  EXPECT_EQ(*stories.schedule->from, (Date{2026, 3, 1}));
  EXPECT_EQ(stories.schedule->weekdays, 0b10001u);
  ASSERT_EQ(stories.schedule->hours.size(), 2u);
  EXPECT_EQ(stories.schedule->hours[1].from, 22 * 60);
  EXPECT_EQ(stories.schedule->hours[1].to, 2 * 60);
  ASSERT_NE(catalog.playlist("attract"), nullptr);
  EXPECT_EQ(catalog.playlist("attract")->items, (std::vector<std::string>{"stories", "cobot"}));
}

TEST_F(ManifestTest, ShippedManifestLoadsWithoutProblems) {
  ManifestRules shipped;  // any area and sector
  auto catalog = loadManifest(std::filesystem::path(KIOSK_ASSETS_DIR) / "media" / "manifest.toml", shipped);
  ASSERT_TRUE(catalog) << catalog.error();
  for (const std::string& p : catalog->problems) ADD_FAILURE() << p;
  EXPECT_GE(catalog->items.size(), 4u);
  EXPECT_NE(catalog->playlist("attract"), nullptr);
}

TEST_F(ManifestTest, SyntaxErrorIsFatalWithLineAndColumn) {
  auto catalog = loadManifest(dir.write("manifest.toml", "[[item]]\nid = \"x\nkind = \"video\"\n"), rules);
  ASSERT_FALSE(catalog);
  EXPECT_NE(catalog.error().find("manifest.toml:2:"), std::string::npos) << catalog.error();
}

TEST_F(ManifestTest, MissingManifestIsFatal) {
  auto catalog = loadManifest(dir.path() / "nope.toml", rules);
  ASSERT_FALSE(catalog);
  EXPECT_NE(catalog.error().find("not found"), std::string::npos);
}

TEST_F(ManifestTest, MissingFileSkipsOnlyThatItem) {
  const Catalog catalog = load(R"([[item]]
id = "gone"
kind = "video"
file = "missing.mp4"
title = { it = "a", en = "a" }
description = { it = "a", en = "a" }

[[item]]
id = "ok"
kind = "image"
file = "a.png"
title = { it = "a", en = "a" }
description = { it = "a", en = "a" }

[[playlist]]
id = "attract"
items = ["gone", "ok"]
)");
  ASSERT_EQ(catalog.items.size(), 1u);
  EXPECT_EQ(catalog.items[0].id, "ok");
  EXPECT_TRUE(hasProblemAt(catalog, 4, "missing.mp4 not found (item 'gone' skipped)"));
  EXPECT_EQ(catalog.playlist("attract")->items, std::vector<std::string>{"ok"});
  EXPECT_EQ(catalog.problems.size(), 1u) << "the playlist must not repeat the skipped item's message";
}

// One broken field per case: the message names its line and the item is left out.
struct BadField {
  const char* name;
  const char* field;  // replaces line 5 of the template
  int line;
  const char* message;
};

class BadFieldTest : public ManifestTest, public ::testing::WithParamInterface<BadField> {};

TEST_P(BadFieldTest, IsReportedAtItsLineAndTheItemSkipped) {
  const BadField& bad = GetParam();
  const std::string text = std::string("[[item]]\nid = \"x\"\nkind = \"image\"\nfile = \"a.png\"\n") + bad.field +
                           "\ntitle = { it = \"a\", en = \"a\" }\ndescription = { it = \"a\", en = \"a\" }\n";
  const Catalog catalog = load(text);
  EXPECT_TRUE(catalog.items.empty());
  EXPECT_TRUE(hasProblemAt(catalog, bad.line, bad.message));
}

INSTANTIATE_TEST_SUITE_P(
    EachKind, BadFieldTest,
    ::testing::Values(
        BadField{"UnknownKey", "duraton_s = 5", 5, "unknown key duraton_s"},
        BadField{"BadDuration", "duration_s = 0", 5, "duration_s must be a number of seconds in 1..600"},
        BadField{"DurationType", "duration_s = \"5\"", 5, "duration_s must be"},
        BadField{"UnknownArea", "areas = [\"Z\"]", 5, "unknown technology area 'Z'"},
        BadField{"UnknownSector", "sectors = [\"C\", \"Q\"]", 5, "unknown sector 'Q'"},
        BadField{"AreasNotList", "areas = \"A\"", 5, "areas must be a list of strings"},
        BadField{"DemoType", "demo = 3", 5, "demo must be a string"},
        BadField{"ScheduleNotTable", "schedule = 1", 5, "schedule must be a table"},
        BadField{"BadDate", "schedule = { from = \"2026-01-01\" }", 5, "must be a date like 2026-03-01"},
        BadField{"DatesReversed", "schedule = { from = 2026-02-01, until = 2026-01-01 }", 5, "until is before"},
        BadField{"BadWeekday", "schedule = { weekdays = [\"mon\", \"lun\"] }", 5, "unknown weekday 'lun'"},
        BadField{"BadWindow", "schedule = { hours = [\"8-13\"] }", 5, "is not a time window"},
        BadField{"EmptyWindow", "schedule = { hours = [\"10:00-10:00\"] }", 5, "empty time window"},
        BadField{"UnknownScheduleKey", "schedule = { hour = [\"10:00-11:00\"] }", 5, "unknown key schedule.hour"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST_F(ManifestTest, MissingAndWrongBasicsAreReported) {
  const Catalog catalog = load(R"([[item]]
kind = "film"
file = "a.png"
title = { it = "a" }
description = { it = "a", en = "a" }

[[item]]
id = "has space"
kind = "slides"
title = { it = "a", en = "a" }
description = { it = "a", en = "a" }

[[item]]
id = "novideo"
kind = "video"
title = { it = "a", en = "a" }
description = { it = "a", en = "a" }
duration_s = 5
)");
  EXPECT_TRUE(catalog.items.empty());
  EXPECT_TRUE(hasProblemAt(catalog, 1, "id is missing"));
  EXPECT_TRUE(hasProblemAt(catalog, 2, "kind must be \"video\", \"image\" or \"slides\""));
  EXPECT_TRUE(hasProblemAt(catalog, 4, "title.en is missing"));
  EXPECT_TRUE(hasProblemAt(catalog, 8, "id must be letters"));
  EXPECT_TRUE(hasProblemAt(catalog, 7, "slides need files"));
  EXPECT_TRUE(hasProblemAt(catalog, 13, "file is missing"));
  EXPECT_TRUE(hasProblemAt(catalog, 18, "duration_s is for stills"));
}

TEST_F(ManifestTest, DuplicateIdsUnknownPlaylistItemsAndTopLevelKeys) {
  const Catalog catalog = load(R"(title = "oops"

[[item]]
id = "a"
kind = "image"
file = "a.png"
title = { it = "a", en = "a" }
description = { it = "a", en = "a" }

[[item]]
id = "a"
kind = "image"
file = "b.png"
title = { it = "b", en = "b" }
description = { it = "b", en = "b" }

[[playlist]]
id = "attract"
items = ["a", "ghost"]
)");
  ASSERT_EQ(catalog.items.size(), 1u);
  EXPECT_EQ(catalog.items[0].mainFile().filename(), "a.png");
  EXPECT_TRUE(hasProblemAt(catalog, 1, "unknown key title"));
  EXPECT_TRUE(hasProblemAt(catalog, 10, "duplicate id 'a'"));
  EXPECT_TRUE(hasProblemAt(catalog, 19, "unknown item 'ghost'"));
  EXPECT_EQ(catalog.playlist("attract")->items, std::vector<std::string>{"a"});
}

}  // namespace
}  // namespace kiosk::media
