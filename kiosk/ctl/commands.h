// kioskctl command groups: each adds its subcommands to the CLI, in its own file.
#pragma once

#include <CLI/CLI.hpp>

namespace kiosk::ctl {

void addPinCommands(CLI::App& cli);  // pin hash

}  // namespace kiosk::ctl
