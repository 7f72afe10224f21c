#include <cstdio>
#include <memory>

#include <sys/stat.h>

#include <gtest/gtest.h>

#include "kiosk/leads/csv_export.h"
#include "kiosk/leads/export_columns.h"
#include "kiosk/leads/xlsx_export.h"
#include "tests/unit/kiosk_leads/leads_test_util.h"

namespace kiosk::leads {
namespace {

using test::sampleLead;

TEST(CsvField, FormulaTriggersGetAnApostrophe) {
  EXPECT_EQ(neutralizeFormula("=1+1"), "'=1+1");
  EXPECT_EQ(neutralizeFormula("+39 333 1234567"), "'+39 333 1234567");
  EXPECT_EQ(neutralizeFormula("-2"), "'-2");
  EXPECT_EQ(neutralizeFormula("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(neutralizeFormula("\t=cmd"), "'\t=cmd");
  EXPECT_EQ(neutralizeFormula("\r=cmd"), "'\r=cmd");
  EXPECT_EQ(neutralizeFormula("\n=cmd"), "'\n=cmd");
  EXPECT_EQ(neutralizeFormula("Perché"), "Perché");
  EXPECT_EQ(neutralizeFormula("a=b"), "a=b");
  EXPECT_EQ(neutralizeFormula(""), "");
}

TEST(CsvField, QuotedOnlyWhenNeededQuotesDoubled) {
  EXPECT_EQ(csvField("plain", ','), "plain");
  EXPECT_EQ(csvField("a,b", ','), "\"a,b\"");
  EXPECT_EQ(csvField("a;b", ','), "a;b");
  EXPECT_EQ(csvField("a;b", ';'), "\"a;b\"");
  EXPECT_EQ(csvField("He said \"hi\"", ','), "\"He said \"\"hi\"\"\"");
  EXPECT_EQ(csvField("riga 1\nriga 2", ';'), "\"riga 1\nriga 2\"");
  EXPECT_EQ(csvField("\r=cmd", ','), "\"'\r=cmd\"");
  EXPECT_EQ(csvField("=HYPERLINK(\"http://x\",\"y\")", ';'), "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
  EXPECT_EQ(csvField("Zoë", ';'), "Zoë");
}

// A strict RFC 4180 reader: the export must read back cell for cell.
std::vector<std::vector<std::string>> parseCsv(std::string_view text, char sep) {
  std::vector<std::vector<std::string>> rows(1);
  std::string cell;
  bool quoted = false, wasQuoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c == '"') {
      EXPECT_TRUE(cell.empty()) << "quote inside an unquoted cell";
      quoted = wasQuoted = true;
    } else if (c == sep) {
      rows.back().push_back(std::exchange(cell, {}));
      wasQuoted = false;
    } else if (c == '\r') {
      EXPECT_EQ(text.substr(i, 2), "\r\n") << "bare CR outside quotes";
      rows.back().push_back(std::exchange(cell, {}));
      rows.emplace_back();
      wasQuoted = false;
      ++i;
    } else {
      EXPECT_NE(c, '\n') << "bare LF outside quotes";
      cell += c;
    }
  }
  EXPECT_FALSE(quoted);
  EXPECT_TRUE(rows.back().empty() && cell.empty()) << "last line must end with CRLF";
  rows.pop_back();
  return rows;
}

class ExportTest : public test::StoreTest {
 protected:
  void SetUp() override {
    store = openStore();
    ASSERT_TRUE(store);
    Lead tricky = sampleLead("mario@example.it", "Fiera A");
    tricky.fields.firstName = "=HYPERLINK(\"http://evil\",\"x\")";
    tricky.fields.lastName = "@SUM(A1)";
    tricky.fields.company = "Rossi; Bianchi, \"Soci\"";
    tricky.fields.note = "riga 1\nriga 2";
    tricky.fields.role = "-2";
    auto receipt = store->submit(tricky);
    ASSERT_TRUE(receipt);
    trickyId = receipt->leadId;
    test::StoreTest::clock.now = test::at("2024-05-18T08:00:00.000Z");
    ASSERT_TRUE(store->submit(sampleLead("anna@example.it", "Fiera B")));
  }
  std::unique_ptr<LeadStore> store;
  std::string trickyId;
};

std::size_t columnIndex(std::string_view name) {
  const auto columns = exportColumns();
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i].name == name) return i;
  ADD_FAILURE() << "no column " << name;
  return 0;
}

TEST_F(ExportTest, CsvHasBomHeaderCrlfAndReadsBackCellForCell) {
  for (const char sep : {',', ';'}) {
    SCOPED_TRACE(std::string("separator ") + sep);
    const auto out = dir.path() / "leads.csv";
    auto n = exportCsv(*store, {}, CsvOptions{sep}, out);
    ASSERT_TRUE(n) << describe(n.error());
    EXPECT_EQ(*n, 2u);
    const std::string text = test::readFile(out);
    ASSERT_TRUE(text.starts_with("\xEF\xBB\xBF"));
    const std::string expectedHeader = sep == ';' ? "lead_id;created_at;updated_at;event_name;"
                                                  : "lead_id,created_at,updated_at,event_name,";
    EXPECT_TRUE(text.substr(3).starts_with(expectedHeader)) << text.substr(3, 60);

    const auto rows = parseCsv(std::string_view(text).substr(3), sep);
    ASSERT_EQ(rows.size(), 3u);
    for (const auto& row : rows) EXPECT_EQ(row.size(), exportColumns().size());
    const auto& r = rows[1];
    EXPECT_EQ(r[columnIndex("lead_id")], trickyId);
    EXPECT_EQ(r[columnIndex("first_name")], "'=HYPERLINK(\"http://evil\",\"x\")");
    EXPECT_EQ(r[columnIndex("last_name")], "'@SUM(A1)");
    EXPECT_EQ(r[columnIndex("role")], "'-2");
    EXPECT_EQ(r[columnIndex("company")], "Rossi; Bianchi, \"Soci\"");
    EXPECT_EQ(r[columnIndex("note")], "riga 1\nriga 2");
    EXPECT_EQ(r[columnIndex("phone")], "'+393331234567");
    EXPECT_EQ(r[columnIndex("created_at")], "2024-05-17T09:30:00Z");
    EXPECT_EQ(r[columnIndex("interests")], "A, F");
    EXPECT_EQ(r[columnIndex("visits")], "1");
    EXPECT_EQ(r[columnIndex("consent_service_contact")], "yes");
    EXPECT_EQ(r[columnIndex("consent_marketing")], "no");
    EXPECT_EQ(rows[2][columnIndex("first_name")], "Zoë");
    EXPECT_EQ(rows[2][columnIndex("company")], "Tessitura Perché S.r.l.");
  }
}

TEST_F(ExportTest, FiltersAndFileSafety) {
  const auto out = dir.path() / "fiera-b.csv";
  auto n = exportCsv(*store, {.event = "Fiera B"}, CsvOptions{';'}, out);
  ASSERT_TRUE(n);
  EXPECT_EQ(*n, 1u);
  struct stat info {};
  ASSERT_EQ(::stat(out.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  EXPECT_FALSE(std::filesystem::exists(out.string() + ".partial"));
  EXPECT_EQ(count("SELECT count(*) FROM audit WHERE action = 'export_csv' AND n = 1"), 1);

  ::setenv("TZ", "UTC", 1);
  ::tzset();
  auto since = exportCsv(*store, {.since = "2024-05-18"}, CsvOptions{}, out);
  ASSERT_TRUE(since);
  EXPECT_EQ(*since, 1u);
  ::unsetenv("TZ");
  ::tzset();

  EXPECT_FALSE(exportCsv(*store, {}, CsvOptions{'|'}, out));
  auto missingDir = exportCsv(*store, {}, CsvOptions{}, dir.path() / "no" / "such" / "dir.csv");
  ASSERT_FALSE(missingDir);
  EXPECT_EQ(missingDir.error().code, ErrorCode::Export);
}

// The xlsx is a zip: read its parts with unzip(1).
std::string unzipPart(const std::filesystem::path& xlsx, const std::string& part) {
  const std::string command = "unzip -p '" + xlsx.string() + "' " + part;
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), &::pclose);
  std::string text;
  char buffer[4096];
  while (pipe && !std::feof(pipe.get())) {
    const std::size_t got = std::fread(buffer, 1, sizeof buffer, pipe.get());
    text.append(buffer, got);
  }
  return text;
}

TEST_F(ExportTest, XlsxWritesStringsNeverFormulasAndRealDates) {
  if (std::system("command -v unzip >/dev/null 2>&1") != 0) GTEST_SKIP() << "unzip not installed";
  const auto out = dir.path() / "leads.xlsx";
  auto n = exportXlsx(*store, {}, out);
  ASSERT_TRUE(n) << describe(n.error());
  EXPECT_EQ(*n, 2u);
  struct stat info {};
  ASSERT_EQ(::stat(out.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);

  const std::string sheet = unzipPart(out, "xl/worksheets/sheet1.xml");
  const std::string shared = unzipPart(out, "xl/sharedStrings.xml");
  ASSERT_FALSE(sheet.empty());
  EXPECT_EQ(sheet.find("<f>"), std::string::npos) << "no cell may be a formula";
  // The phone stays "+39..." text: an inline string (constant-memory mode) or a shared one.
  const bool phoneAsText = sheet.find("<t>+393331234567</t>") != std::string::npos ||
                           shared.find("<t>+393331234567</t>") != std::string::npos;
  EXPECT_TRUE(phoneAsText) << sheet.substr(0, 2000);
  EXPECT_EQ(sheet.find("<v>393331234567</v>"), std::string::npos);
  // The would-be formula is plain text in a <t> element (quotes may or may not be escaped).
  const std::string all = sheet + shared;
  EXPECT_TRUE(all.find("<t>=HYPERLINK(\"http://evil\",\"x\")</t>") != std::string::npos ||
              all.find("<t>=HYPERLINK(&quot;http://evil&quot;,&quot;x&quot;)</t>") != std::string::npos);
  EXPECT_NE(all.find("<t>@SUM(A1)</t>"), std::string::npos);
  EXPECT_NE(all.find("<t>Tessitura Perché S.r.l.</t>"), std::string::npos);
  // created_at (column B) of row 2 is a number with a date style: a real date.
  const std::size_t cell = sheet.find("<c r=\"B2\"");
  ASSERT_NE(cell, std::string::npos);
  const std::string b2 = sheet.substr(cell, sheet.find("</c>", cell) - cell);
  EXPECT_EQ(b2.find("t=\""), std::string::npos) << b2;  // no type: numeric
  EXPECT_NE(b2.find(" s=\""), std::string::npos) << b2;
  EXPECT_NE(b2.find("<v>45"), std::string::npos) << b2;  // 2024 dates are serials 45xxx
  const std::string styles = unzipPart(out, "xl/styles.xml");
  EXPECT_NE(styles.find("yyyy-mm-dd hh:mm:ss"), std::string::npos);
}

}  // namespace
}  // namespace kiosk::leads
