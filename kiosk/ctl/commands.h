// kioskctl command groups: each adds its subcommands to the CLI, in its own file.
#pragma once

#include <CLI/CLI.hpp>

namespace kiosk::ctl {

void addPinCommands(CLI::App& cli);    // pin hash
void addLeadsCommands(CLI::App& cli);  // leads export | purge | erase | insert-demo
void addDbCommands(CLI::App& cli);     // db check
void addAssessCommands(CLI::App& cli);  // assess score | check | code
void addSyncCommands(CLI::App& cli);    // sync | pg-migrate

}  // namespace kiosk::ctl
