#include "devices/marlin/firmware_reply.h"

#include <gtest/gtest.h>

#include "devices/marlin/firmware_info.h"

namespace kiosk::devices::marlin {
namespace {

using Kind = FirmwareReply::Kind;

TEST(FirmwareReply, OkForms) {
  EXPECT_EQ(parseFirmwareReply("ok").kind, Kind::Ok);
  const auto advanced = parseFirmwareReply("ok N10 P15 B3");
  EXPECT_EQ(advanced.kind, Kind::Ok);
  EXPECT_EQ(advanced.okLine, 10);
  EXPECT_EQ(advanced.plannerFree, 15);
  EXPECT_EQ(advanced.bufferFree, 3);
  const auto withTemps = parseFirmwareReply("ok T:20.0 /0.0 B:20.0 /0.0 @:0 B@:0");
  EXPECT_EQ(withTemps.kind, Kind::Ok);
  ASSERT_TRUE(withTemps.temperature);
  EXPECT_FALSE(withTemps.okLine);
}

TEST(FirmwareReply, ResendForms) {
  for (const char* line : {"Resend: 12", "Resend:12", "rs 12", "rs N12"}) {
    const auto r = parseFirmwareReply(line);
    EXPECT_EQ(r.kind, Kind::Resend) << line;
    EXPECT_EQ(r.resendLine, 12) << line;
  }
}

TEST(FirmwareReply, FatalAndNonFatalErrors) {
  EXPECT_EQ(parseFirmwareReply("Error:Printer halted. kill() called!").kind, Kind::FatalError);
  EXPECT_EQ(parseFirmwareReply("Error:Thermal Runaway, system stopped! Heater_ID: 0").kind, Kind::FatalError);
  EXPECT_EQ(parseFirmwareReply("Error:MAXTEMP triggered, system stopped! Heater_ID: bed").kind, Kind::FatalError);
  EXPECT_EQ(parseFirmwareReply("Error:MINTEMP triggered, system stopped! Heater_ID: 0").kind, Kind::FatalError);
  EXPECT_EQ(parseFirmwareReply("Error:Heating failed, system stopped! Heater_ID: 0").kind, Kind::FatalError);
  EXPECT_EQ(parseFirmwareReply("Error:Printer stopped due to errors. Fix the error and use M999 to restart.").kind,
            Kind::FatalError);
  EXPECT_EQ(parseFirmwareReply("Error:checksum mismatch, Last Line: 5").kind, Kind::LineError);
  EXPECT_EQ(parseFirmwareReply("Error:Line Number is not Last Line Number+1, Last Line: 5").kind, Kind::LineError);
  EXPECT_EQ(parseFirmwareReply("echo:Unknown command: \"G999\"").kind, Kind::UnknownCommand);
}

TEST(FirmwareReply, LivenessLines) {
  EXPECT_EQ(parseFirmwareReply("echo:busy: processing").kind, Kind::Busy);
  EXPECT_EQ(parseFirmwareReply("busy: paused for user").kind, Kind::Busy);
  EXPECT_EQ(parseFirmwareReply("wait").kind, Kind::Wait);
  EXPECT_EQ(parseFirmwareReply("start").kind, Kind::Start);
  EXPECT_EQ(parseFirmwareReply(" T:20.0 /0.0 B:20.0 /0.0 @:0 B@:0").kind, Kind::Temperature);
}

TEST(FirmwareInfo, M115NameFieldsAndCaps) {
  FirmwareInfo info;
  applyFirmwareNameLine(info, "FIRMWARE_NAME:Marlin 2.1.2.1 (Jul 20 2023) SOURCE_CODE_URL:github.com/MarlinFirmware/Marlin "
                              "PROTOCOL_VERSION:1.0 MACHINE_TYPE:Ender-3 EXTRUDER_COUNT:2 UUID:abc");
  applyCapabilityLine(info, "Cap:AUTOREPORT_TEMP:1");
  applyCapabilityLine(info, "Cap:EMERGENCY_PARSER:1");
  applyCapabilityLine(info, "Cap:THERMAL_PROTECTION:0");
  EXPECT_EQ(info.name, "Marlin 2.1.2.1 (Jul 20 2023)");
  EXPECT_EQ(info.fields.at("MACHINE_TYPE"), "Ender-3");
  EXPECT_EQ(info.extruderCount(), 2);
  EXPECT_TRUE(info.has("AUTOREPORT_TEMP"));
  EXPECT_FALSE(info.has("SDCARD"));
  EXPECT_TRUE(info.reportsOff("THERMAL_PROTECTION"));
  EXPECT_FALSE(info.reportsOff("SDCARD"));  // absent is not "off"
}

}  // namespace
}  // namespace kiosk::devices::marlin
