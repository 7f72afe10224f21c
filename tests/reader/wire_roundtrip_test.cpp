// The virtual reader (firmware-host) and the driver (devices/reader) were written from the layout
// tables separately; here every character a badge or tag can carry goes over the "wire" both ways.
#include <gtest/gtest.h>

#include "devices/reader/hid_report.h"
#include "devices/reader/key_decoder.h"
#include "devices/reader/scan_framer.h"
#include "firmware-host/virtual-reader/keyboard_wedge.h"

namespace {

using namespace kiosk::devices::reader;
using namespace std::chrono_literals;
using pid::firmware::encodeScan;
using pid::firmware::WedgeLayout;
using pid::firmware::WedgeOptions;
using pid::firmware::WedgeTerminator;

// Reports 8 ms apart (a full-speed reader polled at its 10 ms interval is slower; a fast one, faster).
std::vector<ScanOutcome> overTheWire(const std::vector<std::string>& scans, WedgeOptions wedge, HidLayout layout) {
  HidKeyDecoder decoder(layout);
  ScanFramer framer("virtual", FramerOptions{});
  auto at = ReaderClock::time_point{} + 1h;
  std::vector<ScanOutcome> out;
  for (const std::string& s : scans) {
    auto reports = encodeScan(s, wedge);
    EXPECT_TRUE(reports) << reports.error();
    if (!reports) continue;
    for (const auto& bytes : *reports) {
      auto report = parseBootReport(bytes);
      EXPECT_TRUE(report);
      for (auto& o : framer.activity(at)) out.push_back(std::move(o));
      for (const KeyEvent& key : decoder.feed(*report)) {
        for (auto& o : framer.key(key, at)) out.push_back(std::move(o));
      }
      at += 8ms;
    }
    at += 300ms;  // the next badge
  }
  for (auto& o : framer.tick(at + 1s)) out.push_back(std::move(o));
  return out;
}

std::vector<std::string> texts(const std::vector<ScanOutcome>& outcomes) {
  std::vector<std::string> out;
  for (const auto& o : outcomes) {
    if (const auto* s = std::get_if<ScanEvent>(&o)) out.push_back(s->text);
    else out.push_back("<dropped " + std::string(toString(std::get<ScanDrop>(o).reason)) + ">");
  }
  return out;
}

std::string printableAscii() {
  std::string s;
  for (char c = 0x20; c < 0x7F; ++c) s += c;
  return s;
}

struct WireCase {
  WedgeLayout wedge;
  HidLayout driver;
  WedgeTerminator terminator;
  bool shiftReport;
};

class WireRoundTrip : public testing::TestWithParam<WireCase> {};

TEST_P(WireRoundTrip, EveryCharacterArrivesAsSent) {
  const WireCase& c = GetParam();
  const std::vector<std::string> scans = {
      "0005397623", "SB-2024/000123", printableAscii(), "Niccolò Fabbrì, caffè à la crème: 5€ £3 § °C ç",
      "mario.rossi@example.it", "https://reg.example.org/b?id=AB12&ev=pid#x", "{[(<>)]}|\\~`^"};
  WedgeOptions wedge{c.wedge, c.terminator, c.shiftReport, true};
  EXPECT_EQ(texts(overTheWire(scans, wedge, c.driver)), scans);
}

INSTANTIATE_TEST_SUITE_P(Layouts, WireRoundTrip, testing::Values(
    WireCase{WedgeLayout::Us, HidLayout::Us, WedgeTerminator::Enter, false},
    WireCase{WedgeLayout::It, HidLayout::It, WedgeTerminator::Enter, false},
    WireCase{WedgeLayout::It, HidLayout::It, WedgeTerminator::Tab, true},
    WireCase{WedgeLayout::Us, HidLayout::Us, WedgeTerminator::None, true}));

// The classic field problem: a reader programmed for one country read with the other's table.
TEST(WireMismatch, UsReaderReadAsItalianShiftsSymbols) {
  WedgeOptions wedge{WedgeLayout::Us, WedgeTerminator::Enter, false, true};
  EXPECT_EQ(texts(overTheWire({"123-356", "a@b.it"}, wedge, HidLayout::It)),
            (std::vector<std::string>{"123'356", "a\"b.it"}));
  wedge.layout = WedgeLayout::It;
  EXPECT_EQ(texts(overTheWire({"123-356"}, wedge, HidLayout::Us)), (std::vector<std::string>{"123/356"}));
}

}  // namespace

namespace {

// A figure, not a gate (the CI box is shared): decoding cost per report through decoder and framer.
TEST(WireCost, DecodingCostPerReport) {
  WedgeOptions wedge{WedgeLayout::It, WedgeTerminator::Enter, false, true};
  std::vector<pid::firmware::BootReport> reports;
  for (int i = 0; i < 2000; ++i) {
    auto r = encodeScan("SB-2024/" + std::to_string(100000 + i) + " Niccolò@example.it", wedge);
    ASSERT_TRUE(r);
    reports.insert(reports.end(), r->begin(), r->end());
  }
  HidKeyDecoder decoder(HidLayout::It);
  ScanFramer framer("bench", FramerOptions{.burstMaxScans = 1'000'000});
  auto at = ReaderClock::time_point{} + 1h;
  std::size_t scans = 0;
  const auto start = std::chrono::steady_clock::now();
  for (const auto& bytes : reports) {
    at += 1ms;
    for (auto& o : framer.activity(at)) scans += std::holds_alternative<ScanEvent>(o);
    for (const KeyEvent& key : decoder.feed(*parseBootReport(bytes))) {
      for (auto& o : framer.key(key, at)) scans += std::holds_alternative<ScanEvent>(o);
    }
  }
  const double ns = std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(scans, 2000u);
  std::printf("[ measure  ] %zu reports, %.0f ns per report, %.1f us per 33-character scan\n", reports.size(),
              ns / static_cast<double>(reports.size()), ns / 2000 / 1000);
}

}  // namespace
