// kioskctl: the staff command line. Each command group lives in its own file (commands.h).
#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "kiosk/ctl/commands.h"

int main(int argc, char** argv) {
  // stdout carries command output that scripts read (lead ids, counts); library logs go to
  // stderr, and only from warnings up.
  auto logger = spdlog::stderr_color_mt("kioskctl");
  logger->set_level(spdlog::level::warn);
  spdlog::set_default_logger(logger);

  CLI::App cli{"kioskctl: staff tools for the PID kiosk"};
  cli.require_subcommand(1);
  kiosk::ctl::addPinCommands(cli);
  kiosk::ctl::addLeadsCommands(cli);
  kiosk::ctl::addDbCommands(cli);
  kiosk::ctl::addAssessCommands(cli);
  kiosk::ctl::addSyncCommands(cli);
  CLI11_PARSE(cli, argc, argv);
  return 0;
}
