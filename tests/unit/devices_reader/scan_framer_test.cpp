#include "devices/reader/scan_framer.h"

#include <gtest/gtest.h>

#include <random>

#include "report_builder.h"

namespace kiosk::devices::reader {
namespace {

using namespace std::chrono_literals;
using TimePoint = ScanFramer::TimePoint;

const TimePoint t0 = TimePoint{} + 1h;

KeyEvent text(std::string s) { return {KeyEvent::Kind::Text, std::move(s), 0}; }
const KeyEvent enter{KeyEvent::Kind::Enter, {}, kUsageEnter};
const KeyEvent tab{KeyEvent::Kind::Tab, {}, kUsageTab};
const KeyEvent escape{KeyEvent::Kind::Other, {}, kUsageEscape};

// Types `s` one character per key, `gap` apart from `start`; returns what came out and moves `start`.
std::vector<ScanOutcome> type(ScanFramer& f, std::string_view s, TimePoint& at, std::chrono::milliseconds gap = 4ms) {
  std::vector<ScanOutcome> out;
  for (char c : s) {
    auto o = c == '\n' ? f.key(enter, at) : c == '\t' ? f.key(tab, at) : f.key(text(std::string(1, c)), at);
    out.insert(out.end(), o.begin(), o.end());
    at += gap;
  }
  return out;
}

const ScanEvent* scan(const ScanOutcome& o) { return std::get_if<ScanEvent>(&o); }
const ScanDrop* drop(const ScanOutcome& o) { return std::get_if<ScanDrop>(&o); }

TEST(ScanFramer, EnterEndsAScanWithSourceAndTime) {
  ScanFramer f("usb:16c0:27db@1-1", {});
  TimePoint at = t0;
  auto out = type(f, "0005397623\n", at);
  ASSERT_EQ(out.size(), 1u);
  ASSERT_TRUE(scan(out[0]));
  EXPECT_EQ(scan(out[0])->text, "0005397623");
  EXPECT_EQ(scan(out[0])->source, "usb:16c0:27db@1-1");
  EXPECT_EQ(scan(out[0])->at, t0 + 10 * 4ms);  // the Enter's time
  EXPECT_EQ(f.nextDeadline(), std::nullopt);
}

TEST(ScanFramer, TabEndsAScanUnlessConfiguredOff) {
  ScanFramer f("r", {});
  TimePoint at = t0;
  auto out = type(f, "AB\tCD\n", at);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(scan(out[0])->text, "AB");
  EXPECT_EQ(scan(out[1])->text, "CD");

  FramerOptions noTab;
  noTab.tabTerminates = false;
  ScanFramer g("r", noTab);
  out = type(g, "AB\tCD\n", at);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(drop(out[0])->reason, DropReason::NonPrintable);  // a Tab inside a scan is not text
}

TEST(ScanFramer, LoneAndDoubledTerminatorsAreNoScans) {
  ScanFramer f("r", {});
  TimePoint at = t0;
  EXPECT_TRUE(type(f, "\n\n\t", at).empty());
  auto out = type(f, "42\n\n", at);  // CR LF readers
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(scan(out[0])->text, "42");
}

TEST(ScanFramer, PauseEndsAScanWithoutTerminator) {
  ScanFramer f("r", {});
  TimePoint at = t0;
  EXPECT_TRUE(type(f, "1234", at).empty());
  const TimePoint lastKey = t0 + 3 * 4ms;
  ASSERT_EQ(f.nextDeadline(), lastKey + 51ms);
  EXPECT_TRUE(f.tick(lastKey + 50ms).empty());  // exactly the timeout: still open
  auto out = f.tick(lastKey + 51ms);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(scan(out[0])->text, "1234");
  EXPECT_EQ(scan(out[0])->at, lastKey);
  EXPECT_TRUE(f.tick(lastKey + 1s).empty());
}

TEST(ScanFramer, PauseBetweenKeysSplitsTwoScansWithoutTick) {
  ScanFramer f("r", {});
  TimePoint at = t0;
  EXPECT_TRUE(type(f, "111", at).empty());
  at += 200ms;
  auto out = type(f, "222\n", at);  // the first key after the pause closes "111"
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(scan(out[0])->text, "111");
  EXPECT_EQ(scan(out[1])->text, "222");
}

TEST(ScanFramer, ReportsWithoutAKeyKeepAScanOpen) {
  ScanFramer f("r", {});
  TimePoint at = t0;
  EXPECT_TRUE(f.activity(at).empty());  // no scan open: nothing to extend
  EXPECT_EQ(f.nextDeadline(), std::nullopt);
  (void)type(f, "AB", at);
  for (int i = 0; i < 10; ++i) {  // an Alt+numpad character: ten reports, 8 ms apart, one key at the end
    at += 8ms;
    EXPECT_TRUE(f.activity(at).empty());
  }
  (void)f.key(text("é"), at);
  auto out = f.key(enter, at + 8ms);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(scan(out[0])->text, "ABé");
  // but a report after a real pause still closes the scan first
  (void)type(f, "C", at);
  out = f.activity(at + 500ms);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(scan(out[0])->text, "C");
}

TEST(ScanFramer, SlowTypingIsDroppedWhenTimeoutDoesNotEndScans) {
  FramerOptions o;
  o.timeoutEndsScan = false;
  o.interKeyTimeout = 30ms;
  ScanFramer f("r", o);
  TimePoint at = t0;
  auto out = type(f, "ab", at, 100ms);  // a person at a keyboard-reader combo
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(drop(out[0])->reason, DropReason::Incomplete);
  EXPECT_EQ(drop(out[0])->bytes, 1u);
  out = f.tick(at + 1s);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(drop(out[0])->reason, DropReason::Incomplete);
}

TEST(ScanFramer, ControlKeyInsideAScanDropsTheWholeScan) {
  ScanFramer f("r", {});
  TimePoint at = t0;
  (void)type(f, "12", at);
  EXPECT_TRUE(f.key(escape, at).empty());
  auto out = type(f, "34\n", at);
  ASSERT_EQ(out.size(), 1u);
  ASSERT_TRUE(drop(out[0]));
  EXPECT_EQ(drop(out[0])->reason, DropReason::NonPrintable);
  EXPECT_EQ(drop(out[0])->bytes, 4u);
  EXPECT_EQ(describe(*drop(out[0])), "reader r: scan dropped (non-printable, 4 bytes)");
  // the next scan is clean again
  out = type(f, "56\n", at);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(scan(out[0])->text, "56");
}

TEST(ScanFramer, OverlongScanIsDroppedAndItsMemoryFreed) {
  ScanFramer f("r", {});
  TimePoint at = t0;
  std::vector<ScanOutcome> out;
  std::string exactly(4096, '7');
  out = type(f, exactly + "\n", at, 1ms);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(scan(out[0])->text.size(), 4096u);
  out = type(f, std::string(100'000, 'x') + "\n", at, 1ms);  // a stuck key
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(drop(out[0])->reason, DropReason::Overlong);
  EXPECT_EQ(drop(out[0])->bytes, 100'000u);
  EXPECT_NE(describe(*drop(out[0])).find("overlong, 100000 bytes"), std::string::npos);
  // multi-byte characters count in bytes, never split
  ScanFramer g("r", FramerOptions{.maxBytes = 5});
  out = type(g, "", at);
  for (int i = 0; i < 2; ++i) (void)g.key(text("è"), at);
  out = g.key(enter, at);
  EXPECT_EQ(scan(out.at(0))->text, "èè");
  for (int i = 0; i < 3; ++i) (void)g.key(text("è"), at);
  out = g.key(enter, at);
  EXPECT_EQ(drop(out.at(0))->reason, DropReason::Overlong);
}

TEST(ScanFramer, BurstOfScansIsMutedUntilItCalmsDown) {
  ScanFramer f("r", {});  // at most 5 scans per second
  TimePoint at = t0;
  int scans = 0, bursts = 0;
  for (int i = 0; i < 20; ++i) {  // a looping reader: 20 scans in 20 * 40 ms
    for (auto& o : type(f, "99\n", at, 10ms)) (scan(o) ? scans : bursts)++;
    at += 10ms;
  }
  EXPECT_EQ(scans, 5);
  EXPECT_EQ(bursts, 15);
  at += 1s;  // quiet for a window: scans pass again
  auto out = type(f, "100\n", at);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_TRUE(scan(out[0]));
  // a person presenting five badges in a row is no burst
  ScanFramer g("r", {});
  for (int i = 0; i < 5; ++i) {
    for (auto& o : type(g, "1\n", at)) EXPECT_TRUE(scan(o));
    at += 900ms;
  }
}

TEST(ScanFramer, ResetDropsAHalfScanSilently) {
  ScanFramer f("r", {});
  TimePoint at = t0;
  (void)type(f, "12", at);
  f.reset();
  EXPECT_TRUE(f.tick(at + 1s).empty());
  EXPECT_EQ(f.nextDeadline(), std::nullopt);
}

// Random reports through decoder and framer: nothing crashes, every scan is printable text
// within the limit, and every key is accounted for in a scan or a drop.
TEST(ScanFramer, RandomReportsNeverCrashOrLeakControlBytes) {
  for (HidLayout layout : {HidLayout::Us, HidLayout::It}) {
    std::mt19937 rng(42);
    HidKeyDecoder d(layout);
    ScanFramer f("fuzz", FramerOptions{.maxBytes = 64});
    TimePoint at = t0;
    std::size_t scans = 0, drops = 0;
    for (int i = 0; i < 50'000; ++i) {
      HidReport r;
      r.modifiers = static_cast<std::uint8_t>(rng());
      const int keys = static_cast<int>(rng() % 7);
      for (int k = 0; k < keys; ++k) r.keys[static_cast<std::size_t>(k)] = static_cast<std::uint8_t>(rng() % 0x70);
      at += std::chrono::milliseconds(rng() % 70);
      for (const KeyEvent& e : d.feed(r)) {
        for (const ScanOutcome& o : f.key(e, at)) {
          if (const ScanEvent* s = scan(o)) {
            ++scans;
            EXPECT_LE(s->text.size(), 64u);
            for (unsigned char c : s->text) ASSERT_TRUE(c >= 0x20 && c != 0x7F);
          } else {
            ++drops;
          }
        }
      }
    }
    EXPECT_GT(scans, 0u);
    EXPECT_GT(drops, 0u);
  }
}

}  // namespace
}  // namespace kiosk::devices::reader
