// kioskctl: the staff command line. For now: PIN hashing for the config file.
#include <iostream>
#include <string>

#include <CLI/CLI.hpp>

#include "kiosk/core/pin_hash.h"

int main(int argc, char** argv) {
  CLI::App cli{"kioskctl: staff tools for the PID kiosk"};
  cli.require_subcommand(1);

  CLI::App* pin = cli.add_subcommand("pin", "Staff PIN tools");
  pin->require_subcommand(1);
  CLI::App* hash = pin->add_subcommand("hash", "Print the Argon2id hash of a PIN read from stdin, for staff.pin_hash");
  hash->callback([] {
    std::string value;
    std::getline(std::cin, value);
    auto hashed = kiosk::core::hashPin(value);
    if (!hashed) {
      std::cerr << "kioskctl: " << hashed.error() << "\n";
      throw CLI::RuntimeError(2);
    }
    std::cout << *hashed << "\n";
  });

  CLI11_PARSE(cli, argc, argv);
  return 0;
}
