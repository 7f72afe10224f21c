// The [media] section of the kiosk config: defaults, every key, and errors at their line.
#include <gtest/gtest.h>

#include "kiosk/core/config.h"
#include "tests/unit/config_errors.h"
#include "tests/unit/temp_dir.h"

namespace kiosk::core {
namespace {

using test::hasErrorAt;
using test::listErrors;

class MediaConfigTest : public ::testing::Test {
 protected:
  tl::expected<Config, ConfigErrors> load(std::string_view media) {
    m_file = m_dir.write("kiosk.toml", "[paths]\nassets = \"assets\"\n\n[media]\n" + std::string(media));
    return loadConfig(m_file);
  }

  test::TempDir m_dir;
  std::filesystem::path m_file;
};

TEST_F(MediaConfigTest, Defaults) {
  auto config = load("");
  ASSERT_TRUE(config) << listErrors(config.error());
  EXPECT_EQ(config->media.manifest, m_dir.path() / "assets" / "media" / "manifest.toml");
  EXPECT_TRUE(config->media.thumbnails.empty()) << "main() puts it under the data folder";
  EXPECT_TRUE(config->media.audio);
  EXPECT_EQ(config->media.volume, 80);
  EXPECT_TRUE(config->media.attractMuted);
  EXPECT_EQ(config->media.hwdec, "auto-safe");
}

TEST_F(MediaConfigTest, ReadsEveryKey) {
  auto config = load("manifest = \"content/m.toml\"\nthumbnails = \"/var/cache/t\"\naudio = false\nvolume = 35\n"
                     "attract_muted = false\nhwdec = \"no\"\n");
  ASSERT_TRUE(config) << listErrors(config.error());
  EXPECT_EQ(config->media.manifest, m_dir.path() / "content" / "m.toml");
  EXPECT_EQ(config->media.thumbnails, "/var/cache/t");
  EXPECT_FALSE(config->media.audio);
  EXPECT_EQ(config->media.volume, 35);
  EXPECT_FALSE(config->media.attractMuted);
  EXPECT_EQ(config->media.hwdec, "no");
}

TEST_F(MediaConfigTest, ErrorsNameTheirLine) {
  auto config = load("volume = 130\nhwdec = \"cuda\"\naudio = \"yes\"\nvolum = 3\n");
  ASSERT_FALSE(config);
  EXPECT_TRUE(hasErrorAt(config.error(), m_file, 5, "media.volume must be a number in 0..100"));
  EXPECT_TRUE(hasErrorAt(config.error(), m_file, 6, "media.hwdec must be one of"));
  EXPECT_TRUE(hasErrorAt(config.error(), m_file, 7, "media.audio has the wrong type"));
  EXPECT_TRUE(hasErrorAt(config.error(), m_file, 8, "unknown key media.volum"));
}

}  // namespace
}  // namespace kiosk::core
