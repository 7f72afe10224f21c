#include "devices/reader/serial_scanner.h"

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <condition_variable>
#include <mutex>

#include "devices/reader/serial_text_decoder.h"

namespace kiosk::devices::reader {
namespace {

using namespace std::chrono_literals;

std::string render(const std::vector<KeyEvent>& keys) {
  std::string out;
  for (const KeyEvent& k : keys) {
    out += k.kind == KeyEvent::Kind::Text ? k.text : k.kind == KeyEvent::Kind::Enter ? "<CR>"
                                                 : k.kind == KeyEvent::Kind::Tab   ? "<TAB>" : "<?>";
  }
  return out;
}

TEST(SerialTextDecoder, LinesUtf8SplitAcrossReadsAndControls) {
  SerialTextDecoder d;
  EXPECT_EQ(render(d.feed(std::string("\0\0SB-1\r\n", 8))), "SB-1<CR><CR>");
  EXPECT_EQ(render(d.feed("Niccol\xC3")), "Niccol");  // half of "ò"
  EXPECT_EQ(render(d.feed("\xB2 5\xE2\x82")), "ò 5");
  EXPECT_EQ(render(d.feed("\xAC\t")), "€<TAB>");
  EXPECT_EQ(render(d.feed("a\x1B[2Jb\x7F")), "a<?>[2Jb<?>");
  EXPECT_EQ(render(d.feed("\xC3(")), "<?>(");             // cut short by an ASCII byte
  EXPECT_EQ(render(d.feed("\x80\xFF")), "<?><?>");         // stray continuation, invalid lead
  EXPECT_EQ(render(d.feed("\xC0\xAF\xC2\x85")), "<?><?>");  // overlong '/', C1 control NEL
  EXPECT_EQ(render(d.feed("\xF0\x9F\x98\x80")), "\xF0\x9F\x98\x80");
}

struct Pty {
  Pty() {
    master = ::posix_openpt(O_RDWR | O_NOCTTY);
    EXPECT_GE(master, 0);
    EXPECT_EQ(::grantpt(master), 0);
    EXPECT_EQ(::unlockpt(master), 0);
    slave = ::ptsname(master);
  }
  ~Pty() { closeMaster(); }
  void write(std::string_view s) { ASSERT_EQ(::write(master, s.data(), s.size()), static_cast<ssize_t>(s.size())); }
  void closeMaster() {
    if (master >= 0) ::close(master);
    master = -1;
  }
  int master = -1;
  std::string slave;
};

TEST(SerialScannerWorker, ScansFromAPtyDropsGarbageAndNoticesTheUnplug) {
  Pty pty;
  std::mutex m;
  std::condition_variable cv;
  std::vector<ScanEvent> scans;
  std::vector<std::string> logs;
  std::vector<WorkerStatus> statuses;
  const auto has = [&](auto pred) {
    std::unique_lock lock(m);
    return cv.wait_for(lock, 5s, pred);
  };
  SerialScannerOptions options;
  options.path = pty.slave;
  options.retryInterval = 50ms;
  SerialScannerWorker worker(
      options,
      [&](ScanEvent e) {
        std::lock_guard lock(m);
        scans.push_back(std::move(e));
        cv.notify_all();
      },
      [&](WorkerStatus s) {
        std::lock_guard lock(m);
        statuses.push_back(std::move(s));
        cv.notify_all();
      },
      [&](std::string line) {
        std::lock_guard lock(m);
        logs.push_back(std::move(line));
        cv.notify_all();
      });
  worker.start();
  ASSERT_TRUE(has([&] { return !statuses.empty() && statuses.back().state == WorkerState::Running; }));
  pty.write("BEGIN:VCARD;N:Rossi;Mario\r\n");
  pty.write("bad\x1B[0mscan\r\n");
  pty.write("Niccol\xC3");
  std::this_thread::sleep_for(5ms);
  pty.write("\xB2\n");
  ASSERT_TRUE(has([&] { return scans.size() >= 2; }));
  EXPECT_EQ(scans[0].text, "BEGIN:VCARD;N:Rossi;Mario");
  EXPECT_EQ(scans[0].source, "serial:" + pty.slave);
  EXPECT_EQ(scans[1].text, "Niccolò");
  {
    std::lock_guard lock(m);
    EXPECT_NE(std::find(logs.begin(), logs.end(), "reader serial:" + pty.slave + ": scan dropped (non-printable, 10 bytes)"),
              logs.end());
  }
  pty.closeMaster();  // the scanner is unplugged
  ASSERT_TRUE(has([&] {
    for (const auto& s : statuses) {
      if (s.state == WorkerState::Degraded && s.detail.find("unplugged") != std::string::npos) return true;
    }
    return false;
  }));
  const auto stopAsked = std::chrono::steady_clock::now();
  worker.stop();
  EXPECT_LT(std::chrono::steady_clock::now() - stopAsked, 1s);
}

}  // namespace
}  // namespace kiosk::devices::reader
