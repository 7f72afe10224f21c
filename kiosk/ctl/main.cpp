// kioskctl: the staff command line. Each command group lives in its own file (commands.h).
#include <CLI/CLI.hpp>

#include "kiosk/ctl/commands.h"

int main(int argc, char** argv) {
  CLI::App cli{"kioskctl: staff tools for the PID kiosk"};
  cli.require_subcommand(1);
  kiosk::ctl::addPinCommands(cli);
  CLI11_PARSE(cli, argc, argv);
  return 0;
}
