#include "devices/reader/evdev_keymap.h"

#include <linux/input-event-codes.h>

#include <array>
#include <utility>

#include "devices/reader/hid_report.h"

namespace kiosk::devices::reader {
namespace {

// {evdev code, HID usage}: letters, digits, the punctuation row, keypad (the keys readers use).
constexpr std::array<std::pair<int, std::uint8_t>, 83> kKeys = {{
    {KEY_A, 0x04}, {KEY_B, 0x05}, {KEY_C, 0x06}, {KEY_D, 0x07}, {KEY_E, 0x08}, {KEY_F, 0x09}, {KEY_G, 0x0A},
    {KEY_H, 0x0B}, {KEY_I, 0x0C}, {KEY_J, 0x0D}, {KEY_K, 0x0E}, {KEY_L, 0x0F}, {KEY_M, 0x10}, {KEY_N, 0x11},
    {KEY_O, 0x12}, {KEY_P, 0x13}, {KEY_Q, 0x14}, {KEY_R, 0x15}, {KEY_S, 0x16}, {KEY_T, 0x17}, {KEY_U, 0x18},
    {KEY_V, 0x19}, {KEY_W, 0x1A}, {KEY_X, 0x1B}, {KEY_Y, 0x1C}, {KEY_Z, 0x1D},
    {KEY_1, 0x1E}, {KEY_2, 0x1F}, {KEY_3, 0x20}, {KEY_4, 0x21}, {KEY_5, 0x22}, {KEY_6, 0x23}, {KEY_7, 0x24},
    {KEY_8, 0x25}, {KEY_9, 0x26}, {KEY_0, 0x27},
    {KEY_ENTER, 0x28}, {KEY_ESC, 0x29}, {KEY_BACKSPACE, 0x2A}, {KEY_TAB, 0x2B}, {KEY_SPACE, 0x2C},
    {KEY_MINUS, 0x2D}, {KEY_EQUAL, 0x2E}, {KEY_LEFTBRACE, 0x2F}, {KEY_RIGHTBRACE, 0x30},
    {KEY_BACKSLASH, 0x31},  // hid-input gives usage 0x32 (ISO #) the same code: both decode alike
    {KEY_SEMICOLON, 0x33}, {KEY_APOSTROPHE, 0x34}, {KEY_GRAVE, 0x35}, {KEY_COMMA, 0x36}, {KEY_DOT, 0x37},
    {KEY_SLASH, 0x38}, {KEY_CAPSLOCK, 0x39},
    {KEY_F1, 0x3A}, {KEY_F2, 0x3B}, {KEY_F3, 0x3C}, {KEY_F4, 0x3D}, {KEY_F5, 0x3E}, {KEY_F6, 0x3F},
    {KEY_F7, 0x40}, {KEY_F8, 0x41}, {KEY_F9, 0x42}, {KEY_F10, 0x43}, {KEY_F11, 0x44}, {KEY_F12, 0x45},
    {KEY_NUMLOCK, 0x53}, {KEY_KPSLASH, 0x54}, {KEY_KPASTERISK, 0x55}, {KEY_KPMINUS, 0x56}, {KEY_KPPLUS, 0x57},
    {KEY_KPENTER, 0x58}, {KEY_KP1, 0x59}, {KEY_KP2, 0x5A}, {KEY_KP3, 0x5B}, {KEY_KP4, 0x5C}, {KEY_KP5, 0x5D},
    {KEY_KP6, 0x5E}, {KEY_KP7, 0x5F}, {KEY_KP8, 0x60}, {KEY_KP9, 0x61}, {KEY_KP0, 0x62}, {KEY_KPDOT, 0x63},
    {KEY_102ND, 0x64},
}};

constexpr std::array<std::pair<int, std::uint8_t>, 8> kModifiers = {{
    {KEY_LEFTCTRL, kLeftCtrl}, {KEY_LEFTSHIFT, kLeftShift}, {KEY_LEFTALT, kLeftAlt}, {KEY_LEFTMETA, kLeftGui},
    {KEY_RIGHTCTRL, kRightCtrl}, {KEY_RIGHTSHIFT, kRightShift}, {KEY_RIGHTALT, kRightAlt}, {KEY_RIGHTMETA, kRightGui},
}};

}  // namespace

std::optional<HidKey> hidKeyForEvdev(int code) {
  for (const auto& [evdev, usage] : kKeys) {
    if (evdev == code) return HidKey{usage, 0};
  }
  for (const auto& [evdev, bit] : kModifiers) {
    if (evdev == code) return HidKey{0, bit};
  }
  return std::nullopt;
}

}  // namespace kiosk::devices::reader
