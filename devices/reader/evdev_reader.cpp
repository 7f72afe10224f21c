#include "devices/reader/evdev_reader.h"

#include <fcntl.h>
#include <linux/input.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>

#include "devices/reader/evdev_report_builder.h"
#include "devices/reader/scan_pipeline.h"

namespace kiosk::devices::reader {
namespace {

std::array<std::uint8_t, kBootReportSize> toBytes(const HidReport& r) {
  return {r.modifiers, 0, r.keys[0], r.keys[1], r.keys[2], r.keys[3], r.keys[4], r.keys[5]};
}

}  // namespace

EvdevReaderWorker::EvdevReaderWorker(EvdevReaderOptions options, ScanSink scans, StatusSink status, LogSink log)
    : Worker("reader", std::move(status)),
      m_options(std::move(options)),
      m_scans(std::move(scans)),
      m_log(std::move(log)) {}

EvdevReaderWorker::~EvdevReaderWorker() { stop(); }

void EvdevReaderWorker::run(std::stop_token stop) {
  using namespace std::chrono_literals;
  const std::string& path = m_options.path;
  ScanPipeline pipeline("evdev:" + path, m_options.layout, m_options.framer);
  EvdevReportBuilder builder;
  int fd = -1;
  const auto log = [&](std::string line) {
    if (m_log) m_log(std::move(line));
  };
  const auto deliver = [&](std::vector<ScanOutcome> outcomes) {
    for (ScanOutcome& o : outcomes) {
      if (auto* scan = std::get_if<ScanEvent>(&o)) {
        if (m_scans) m_scans(std::move(*scan));
      } else {
        log(describe(std::get<ScanDrop>(o)));
      }
    }
  };
  const auto closeNode = [&](const std::string& why) {
    ::ioctl(fd, EVIOCGRAB, 0);  // give the keyboard back (a no-op when the device is gone)
    ::close(fd);
    fd = -1;
    pipeline.reset();
    builder.reset();
    log("reader " + path + " " + why);
    status(WorkerState::Degraded, "reader " + path + " " + why + ", waiting for it");
  };
  while (!stop.stop_requested()) {
    if (fd < 0) {
      fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
      if (fd < 0) {
        status(WorkerState::Degraded, "reader " + path + ": " + std::strerror(errno));
        if (!sleepFor(stop, m_options.retryInterval)) break;
        continue;
      }
      if (::ioctl(fd, EVIOCGRAB, 1) != 0) {  // EBUSY: another program grabbed it first
        status(WorkerState::Degraded, "reader " + path + ": cannot grab (" + std::strerror(errno) + ")");
        ::close(fd);
        fd = -1;
        if (!sleepFor(stop, m_options.retryInterval)) break;
        continue;
      }
      log("reader " + path + " grabbed");
      status(WorkerState::Running, "reader " + path + " ready");
    }
    auto timeout = 100ms;  // a stop is seen within 100 ms; sooner when the framer's pause ends
    if (const auto deadline = pipeline.nextDeadline()) {
      timeout = std::clamp(std::chrono::duration_cast<std::chrono::milliseconds>(*deadline - ReaderClock::now()), 1ms,
                           100ms);
    }
    pollfd p{fd, POLLIN, 0};
    const int ready = ::poll(&p, 1, static_cast<int>(timeout.count()));
    if (ready < 0 && errno != EINTR) {
      closeNode(std::string("poll failed: ") + std::strerror(errno));
      continue;
    }
    if (ready <= 0) {
      deliver(pipeline.tick(ReaderClock::now()));
      continue;
    }
    std::array<input_event, 64> events{};
    const ssize_t n = ::read(fd, events.data(), sizeof events);
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) continue;
    if (n <= 0 || (p.revents & (POLLHUP | POLLERR)) != 0) {  // ENODEV: unplugged
      closeNode(n < 0 && errno != ENODEV ? std::string("read failed: ") + std::strerror(errno) : "unplugged");
      continue;
    }
    const auto now = ReaderClock::now();
    for (std::size_t i = 0; i < static_cast<std::size_t>(n) / sizeof(input_event); ++i) {
      const input_event& e = events[i];
      if (e.type == EV_KEY) {
        builder.key(e.code, e.value);
      } else if (e.type == EV_SYN && e.code == SYN_DROPPED) {
        builder.reset();  // the kernel dropped events: the held-key picture is unknown
      } else if (e.type == EV_SYN && e.code == SYN_REPORT) {
        if (const auto report = builder.sync()) deliver(pipeline.report(toBytes(*report), now));
      }
    }
  }
  if (fd >= 0) {
    ::ioctl(fd, EVIOCGRAB, 0);
    ::close(fd);
  }
}

void EvdevReaderWorker::status(WorkerState state, std::string detail) {
  if (detail == m_lastStatus) return;
  m_lastStatus = detail;
  publish(state, std::move(detail));
}

}  // namespace kiosk::devices::reader
