// kioskctl pin hash: the Argon2id string for staff.pin_hash, from a PIN read on stdin
// (never from argv, where it would show in `ps` and the shell history).
#include <iostream>
#include <string>

#include "kiosk/core/pin_hash.h"
#include "kiosk/ctl/commands.h"

namespace kiosk::ctl {

void addPinCommands(CLI::App& cli) {
  CLI::App* pin = cli.add_subcommand("pin", "Staff PIN tools");
  pin->require_subcommand(1);
  CLI::App* hash = pin->add_subcommand("hash", "Print the Argon2id hash of a PIN read from stdin, for staff.pin_hash");
  hash->callback([] {
    std::string value;
    std::getline(std::cin, value);
    auto hashed = core::hashPin(value);
    if (!hashed) {
      std::cerr << "kioskctl: " << hashed.error() << "\n";
      throw CLI::RuntimeError(2);
    }
    std::cout << *hashed << "\n";
  });
}

}  // namespace kiosk::ctl
