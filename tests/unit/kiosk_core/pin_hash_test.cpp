#include "kiosk/core/pin_hash.h"

#include <string>

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

TEST(PinFormat, FourToTwelveDigits) {
  EXPECT_TRUE(isWellFormedPin("0000"));
  EXPECT_TRUE(isWellFormedPin("2468"));
  EXPECT_TRUE(isWellFormedPin("123456789012"));
  EXPECT_FALSE(isWellFormedPin(""));
  EXPECT_FALSE(isWellFormedPin("123"));
  EXPECT_FALSE(isWellFormedPin("1234567890123"));
  EXPECT_FALSE(isWellFormedPin("12a4"));
  EXPECT_FALSE(isWellFormedPin("12 34"));
  EXPECT_FALSE(isWellFormedPin("-1234"));
  EXPECT_FALSE(isWellFormedPin("\xd9\xa1\xd9\xa2\xd9\xa3\xd9\xa4"));  // Arabic-Indic digits are not ASCII digits
}

TEST(PinHash, MalformedPinIsRefusedWithoutHashing) {
  const auto hash = hashPin("12");
  ASSERT_FALSE(hash);
  EXPECT_NE(hash.error().find("4 to 12 digits"), std::string::npos) << hash.error();
  EXPECT_FALSE(hashPin("abcd"));
}

// Argon2id at the interactive cost takes ~0.1 s a call: hash once for the whole suite.
class PinHashTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto hash = hashPin("2468");
    ASSERT_TRUE(hash) << hash.error();
    s_hash = *hash;
  }
  static std::string s_hash;
};
std::string PinHashTest::s_hash;

TEST_F(PinHashTest, IsAnArgon2idStringThatHidesThePin) {
  EXPECT_EQ(s_hash.rfind("$argon2id$", 0), 0u) << s_hash;
  EXPECT_EQ(s_hash.find("2468"), std::string::npos);
}

TEST_F(PinHashTest, VerifiesTheRightPinAndRejectsAWrongOne) {
  EXPECT_TRUE(verifyPin(s_hash, "2468"));
  EXPECT_FALSE(verifyPin(s_hash, "2469"));
}

TEST_F(PinHashTest, SamePinHashesDifferentlyEachTime) {
  // A random salt: two kiosks with the same PIN do not share a hash string.
  const auto again = hashPin("2468");
  ASSERT_TRUE(again) << again.error();
  EXPECT_NE(*again, s_hash);
}

TEST_F(PinHashTest, MalformedInputIsRejectedNotCrashed) {
  EXPECT_FALSE(verifyPin(s_hash, ""));       // not a PIN: refused before hashing
  EXPECT_FALSE(verifyPin(s_hash, "24a8"));
  EXPECT_FALSE(verifyPin("", "2468"));       // no PIN configured
  EXPECT_FALSE(verifyPin("not a hash", "2468"));
  EXPECT_FALSE(verifyPin(std::string(1000, '$'), "2468"));  // longer than any libsodium hash string
}

}  // namespace
}  // namespace kiosk::core
