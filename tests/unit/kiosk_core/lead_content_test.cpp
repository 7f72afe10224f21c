// The lead form's content (sectors, privacy notice): the shipped files load, broken ones are
// reported with file and line instead of reaching the visitor.
#include "kiosk/core/lead_content.h"

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

namespace fs = std::filesystem;

class LeadContentTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() / ("lead-content-" + std::to_string(::getpid()));
    fs::create_directories(m_dir);
    write("sectors.toml", "[[sector]]\ncode = \"C\"\nname = { it = \"Manifattura\", en = \"Manufacturing\" }\n");
  }
  void TearDown() override { fs::remove_all(m_dir); }
  void write(const std::string& name, const std::string& text) { std::ofstream(m_dir / name) << text; }
  std::string joined(const std::vector<std::string>& errors) {
    std::string out;
    for (const auto& e : errors) out += e + "\n";
    return out;
  }

  fs::path m_dir;
};

constexpr const char* kPrivacy = R"(version = "v9"
controller = { it = "Camera", en = "Chamber" }
notice = { it = "Informativa", en = "Notice" }
[consent.service_contact]
required = true
text = { it = "Sì", en = "Yes" }
[consent.marketing]
text = { it = "News", en = "News" }
)";

TEST(LeadContent, ShippedFilesLoadWithTheServiceConsentRequiredAndAskedFirst) {
  const auto content = loadLeadContent(fs::path(KIOSK_ASSETS_DIR) / "leads", {"it", "en"});
  ASSERT_TRUE(content) << content.error().front();
  // ATECO sections A–S without O (public administration): the sections a firm can be in.
  EXPECT_EQ(content->sectors.size(), 18u);
  EXPECT_EQ(content->sectors.front().code, "A");
  EXPECT_FALSE(content->privacy.version.empty());
  ASSERT_EQ(content->privacy.consents.size(), 2u);
  EXPECT_EQ(content->privacy.consents[0].kind, leads::ConsentKind::ServiceContact);
  EXPECT_TRUE(content->privacy.consents[0].required);
  EXPECT_FALSE(content->privacy.consents[1].required);
}

TEST_F(LeadContentTest, AWellFormedSetLoads) {
  write("privacy.toml", kPrivacy);
  const auto content = loadLeadContent(m_dir, {"it", "en"});
  ASSERT_TRUE(content) << joined(content.error());
  EXPECT_EQ(content->privacy.version, "v9");
  EXPECT_EQ(content->privacy.consents[1].text.at("en"), "News");
}

TEST_F(LeadContentTest, MissingVersionIsRefusedBecauseEveryConsentStoresIt) {
  write("privacy.toml", std::string(kPrivacy).substr(std::string(kPrivacy).find('\n') + 1));
  const auto content = loadLeadContent(m_dir, {"it", "en"});
  ASSERT_FALSE(content);
  EXPECT_NE(joined(content.error()).find("version is required"), std::string::npos) << joined(content.error());
}

TEST_F(LeadContentTest, UnknownConsentAndMissingTranslationAreNamedWithTheirLine) {
  write("privacy.toml", std::string(kPrivacy) + "[consent.profiling]\ntext = { it = \"x\", en = \"y\" }\n");
  write("sectors.toml", "[[sector]]\ncode = \"A\"\nname = { it = \"Agricoltura\" }\n");
  const auto content = loadLeadContent(m_dir, {"it", "en"});
  ASSERT_FALSE(content);
  const std::string errors = joined(content.error());
  EXPECT_NE(errors.find("privacy.toml:9"), std::string::npos) << errors;
  EXPECT_NE(errors.find("unknown consent 'profiling'"), std::string::npos) << errors;
  EXPECT_NE(errors.find("sectors.toml:3"), std::string::npos) << errors;
}

TEST_F(LeadContentTest, BrokenTomlIsReportedNotThrown) {
  write("privacy.toml", "version = \"v1\nnotice = 3\n");
  const auto content = loadLeadContent(m_dir, {"it", "en"});
  ASSERT_FALSE(content);
  EXPECT_NE(joined(content.error()).find("privacy.toml:1"), std::string::npos) << joined(content.error());
}

}  // namespace
}  // namespace kiosk::core
