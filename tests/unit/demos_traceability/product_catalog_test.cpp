// The traceability demo's product catalog: the shipped file, tag lookup, and file:line errors.
#include "demos/traceability/product_catalog.h"

#include <gtest/gtest.h>

#include "tests/unit/temp_dir.h"

namespace kiosk::demos {
namespace {

const std::vector<std::string> kLanguages{"it", "en"};

// One valid product; `extra` is appended (more products or broken lines).
std::string product(const std::string& id, const std::string& tags, const std::string& stepDate = "2026-01-02") {
  return "[[product]]\nid = \"" + id + "\"\ntags = [" + tags + "]\npicture = \"p.png\"\n" +
         "name = { it = \"Nome\", en = \"Name\" }\norigin = { it = \"Origine\", en = \"Origin\" }\n" +
         "[[product.step]]\ndate = \"" + stepDate + "\"\nplace = { it = \"Luogo\", en = \"Place\" }\n" +
         "title = { it = \"Titolo\", en = \"Title\" }\n";
}

struct Catalog {
  test::TempDir dir;
  devices::Result<ProductCatalog> load(const std::string& toml) {
    dir.write("p.png", "png");
    return loadProductCatalog(dir.write("products.toml", toml), kLanguages);
  }
};

TEST(ProductCatalog, TheShippedCatalogLoadsAndEveryTagFindsItsProduct) {
  const auto catalog = loadProductCatalog(std::filesystem::path(KIOSK_ASSETS_DIR) / "reader" / "products.toml", kLanguages);
  ASSERT_TRUE(catalog) << catalog.error().message;
  ASSERT_GE(catalog->products.size(), 3u);
  for (const TracedProduct& p : catalog->products) {
    EXPECT_TRUE(std::filesystem::is_regular_file(p.picture)) << p.id;
    EXPECT_GE(p.steps.size(), 3u) << p.id;
    for (const std::string& tag : p.tags) EXPECT_EQ(catalog->findByTag(tag), &p) << tag;
  }
  // The demo scan file's unknown tag is unknown.
  EXPECT_EQ(catalog->findByTag("0000000001"), nullptr);
}

TEST(ProductCatalog, LookupIgnoresBlanksAndLetterCaseButNothingElse) {
  Catalog c;
  const auto catalog = c.load(product("a", "\"04A3B2C1D0E580\", \"0005397623\""));
  ASSERT_TRUE(catalog) << catalog.error().message;
  const TracedProduct* a = &catalog->products.front();
  EXPECT_EQ(catalog->findByTag("04a3b2c1d0e580"), a);
  EXPECT_EQ(catalog->findByTag("  0005397623\r\n"), a);
  EXPECT_EQ(catalog->findByTag("000539762"), nullptr);
  EXPECT_EQ(catalog->findByTag("00053976233"), nullptr);
  EXPECT_EQ(catalog->findByTag(""), nullptr);
  EXPECT_EQ(catalog->findByTag("   "), nullptr);
  EXPECT_EQ(catalog->findByTag("MECARD:N:Rossi,Mario;;"), nullptr);
}

TEST(ProductCatalog, TextsFallBackToAnotherLanguage) {
  LocalizedText text{{"it", "Raccolta"}};
  EXPECT_EQ(localizedOr(text, "en"), "Raccolta");
  EXPECT_EQ(localizedOr(text, "it"), "Raccolta");
  EXPECT_EQ(localizedOr({}, "it"), "");
}

struct BadFile {
  std::string toml;
  std::string expected;  // in the message, after the file name
};

TEST(ProductCatalog, ProblemsNameTheFileAndLine) {
  const std::vector<BadFile> cases{
      {"[[product]]\nid = \"x\"\ntags = [\n", "products.toml:3"},                          // TOML syntax
      {"title = 1\n", "no [[product]] entries"},
      {product("a", "\"1\"") + product("a", "\"2\""), "products.toml:11: duplicate product id a"},
      {product("a", "\"T1\"") + product("b", "\"t1\""), "products.toml:13: tag t1 names two products"},
      {product("a", "\"with space\""), "products.toml:3: product a: a tag is"},
      {product("a", "\"1\"", "2026-13-01"), "products.toml:7: step: date must be YYYY-MM-DD"},
      {product("a", "\"1\"") + "[[product.step]]\ndate = \"2025-01-01\"\nplace = { it = \"a\", en = \"b\" }\n"
                                 "title = { it = \"a\", en = \"b\" }\n",
       "products.toml:11: step: dates must not go backwards"},
      {"[[product]]\nid = \"a\"\ntags = [\"1\"]\npicture = \"p.png\"\nname = { it = \"Nome\" }\n",
       "products.toml:1: product a: name has no text in 'en'"},
      {"[[product]]\nid = \"a\"\ntags = [\"1\"]\npicture = \"missing.png\"\nname = { it = \"N\", en = \"N\" }\n"
       "origin = { it = \"O\", en = \"O\" }\n",
       "products.toml:1: product a: picture file 'missing.png' not found"},
      {"[[product]]\nid = \"a\"\ntags = [\"1\"]\npicture = \"p.png\"\nname = { it = \"N\", en = \"N\" }\n"
       "origin = { it = \"O\", en = \"O\" }\n",
       "product a: needs at least one [[product.step]]"},
  };
  for (const BadFile& bad : cases) {
    Catalog c;
    const auto catalog = c.load(bad.toml);
    ASSERT_FALSE(catalog) << bad.toml;
    EXPECT_NE(catalog.error().message.find(bad.expected), std::string::npos)
        << "wanted '" << bad.expected << "' in: " << catalog.error().message;
  }
}

}  // namespace
}  // namespace kiosk::demos
