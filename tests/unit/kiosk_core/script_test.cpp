#include "kiosk/core/script.h"

#include <string>

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

using Kind = ScriptCommand::Kind;

std::string joined(const std::vector<std::string>& errors) {
  std::string out;
  for (const std::string& e : errors) out += "\n  " + e;
  return out;
}

std::vector<ScriptCommand> parseOk(std::string_view text) {
  auto commands = parseScript(text);
  EXPECT_TRUE(commands) << joined(commands.error());
  return commands ? *commands : std::vector<ScriptCommand>{};
}

TEST(Script, ParsesEveryTouchCommand) {
  const auto commands = parseOk("tap 100 200\nhold 10.5 20 2500\ndrag 1 2 3 4 300\nwait 150\n");
  ASSERT_EQ(commands.size(), 4u);
  EXPECT_EQ(commands[0].kind, Kind::Tap);
  EXPECT_FLOAT_EQ(commands[0].x1, 100);
  EXPECT_FLOAT_EQ(commands[0].y1, 200);
  EXPECT_EQ(commands[1].kind, Kind::Hold);
  EXPECT_FLOAT_EQ(commands[1].x1, 10.5f);
  EXPECT_EQ(commands[1].ms, 2500);
  EXPECT_EQ(commands[2].kind, Kind::Drag);
  EXPECT_FLOAT_EQ(commands[2].x1, 1);
  EXPECT_FLOAT_EQ(commands[2].y1, 2);
  EXPECT_FLOAT_EQ(commands[2].x2, 3);
  EXPECT_FLOAT_EQ(commands[2].y2, 4);
  EXPECT_EQ(commands[2].ms, 300);
  EXPECT_EQ(commands[3].kind, Kind::Wait);
  EXPECT_EQ(commands[3].ms, 150);
}

TEST(Script, ParsesTextCommandsKeepingInnerSpaces) {
  const auto commands = parseOk("type  Mario  Rossi \nexpect-screen home\nshot out/home.png\nquit\n");
  ASSERT_EQ(commands.size(), 4u);
  EXPECT_EQ(commands[0].kind, Kind::Type);
  EXPECT_EQ(commands[0].text, "Mario  Rossi");
  EXPECT_EQ(commands[1].kind, Kind::ExpectScreen);
  EXPECT_EQ(commands[1].text, "home");
  EXPECT_EQ(commands[2].kind, Kind::Shot);
  EXPECT_EQ(commands[2].text, "out/home.png");
  EXPECT_EQ(commands[3].kind, Kind::Quit);
}

TEST(Script, KeysCommandSplitsIntoOneTapPerCharacterOrAction) {
  const auto commands = parseOk("keys Nicolò{next}a@b.it {backspace}\n");
  ASSERT_EQ(commands.size(), 1u);
  EXPECT_EQ(commands[0].kind, Kind::Keys);
  const std::vector<std::string> taps = splitKeyTaps(commands[0].text);
  const std::vector<std::string> expected = {"N", "i", "c", "o", "l", "ò", "{next}", "a", "@",
                                             "b", ".", "i", "t", " ", "{backspace}"};
  EXPECT_EQ(taps, expected);
}

TEST(Script, KeysWithoutTextIsAnError) { EXPECT_FALSE(parseScript("keys   \n")); }

TEST(Script, UnclosedBraceIsTypedAsCharacters) {
  const std::vector<std::string> expected = {"{", "x"};
  EXPECT_EQ(splitKeyTaps("{x"), expected);
}

TEST(Script, ParsesKeyCloseAndExpectations) {
  const auto commands = parseOk("key Ctrl+Q\nclose\nexpect-lang en\nexpect-quit\nmark-frames\n");
  ASSERT_EQ(commands.size(), 5u);
  EXPECT_EQ(commands[0].kind, Kind::Key);
  EXPECT_EQ(commands[0].text, "Ctrl+Q");
  EXPECT_EQ(commands[1].kind, Kind::Close);
  EXPECT_EQ(commands[2].kind, Kind::ExpectLanguage);
  EXPECT_EQ(commands[2].text, "en");
  EXPECT_EQ(commands[3].kind, Kind::ExpectQuit);
  EXPECT_EQ(commands[4].kind, Kind::MarkFrames);
}

TEST(Script, CommentsBlankLinesAndWindowsLineEndsAreSkipped) {
  const auto commands = parseOk("# a comment\n\n   \ntap 1 2   # trailing comment\r\n\twait 5\r\n");
  ASSERT_EQ(commands.size(), 2u);
  EXPECT_EQ(commands[0].kind, Kind::Tap);
  EXPECT_EQ(commands[0].line, 4);
  EXPECT_EQ(commands[1].kind, Kind::Wait);
  EXPECT_EQ(commands[1].ms, 5);
  EXPECT_EQ(commands[1].line, 5);
}

TEST(Script, LastLineNeedsNoNewlineAndEmptyScriptIsEmpty) {
  EXPECT_EQ(parseOk("quit").size(), 1u);
  EXPECT_TRUE(parseOk("").empty());
  EXPECT_TRUE(parseOk("# nothing\n").empty());
}

TEST(Script, EveryBadLineIsReportedWithItsNumber) {
  const auto commands = parseScript("tap 1 2\njump 3 4\ntap 1\nwait\nhold 1 2 -5\ntap 1 2\n");
  ASSERT_FALSE(commands);
  EXPECT_EQ(commands.error(), (std::vector<std::string>{
                                  "line 2: unknown command 'jump'",
                                  "line 3: bad arguments for 'tap'",
                                  "line 4: bad arguments for 'wait'",
                                  "line 5: bad arguments for 'hold'",
                              }));
}

TEST(Script, RejectsMalformedNumbers) {
  for (const char* line : {"tap -1 2", "tap 1 2 3", "tap x 2", "tap 1,5 2", "wait 1.5", "wait 10ms", "drag 1 2 3 4",
                           "hold 1 2 3 4", "type", "expect-screen   ", "shot"}) {
    const auto commands = parseScript(line);
    ASSERT_FALSE(commands) << "accepted: " << line;
    ASSERT_EQ(commands.error().size(), 1u) << line;
    EXPECT_EQ(commands.error()[0].rfind("line 1: bad arguments for '", 0), 0u) << commands.error()[0];
  }
}

TEST(Script, ErrorNamesTheCommandEvenWhenExtraWordsFollowIt) {
  const auto commands = parseScript("quit now\nclose please\nmark-frames 3\n");
  ASSERT_FALSE(commands);
  EXPECT_EQ(commands.error(), (std::vector<std::string>{"line 1: bad arguments for 'quit'",
                                                        "line 2: bad arguments for 'close'",
                                                        "line 3: bad arguments for 'mark-frames'"}));
}

}  // namespace
}  // namespace kiosk::core

namespace kiosk::core {
namespace {

TEST(Script, RepeatBlocksArePairedWithTheirEnd) {
  const auto commands = parseOk("repeat 3\n  tap 1 2\n  repeat 2\n    wait 5\n  end\nend\nquit\n");
  ASSERT_EQ(commands.size(), 7u);
  EXPECT_EQ(commands[0].kind, Kind::Repeat);
  EXPECT_EQ(commands[0].count, 3);
  EXPECT_EQ(commands[0].match, 5u);
  EXPECT_EQ(commands[2].count, 2);
  EXPECT_EQ(commands[2].match, 4u);
  EXPECT_EQ(commands[4].kind, Kind::End);
  EXPECT_EQ(commands[4].match, 2u);
  EXPECT_EQ(commands[5].match, 0u);
}

TEST(Script, RepeatNeedsAPositiveCountAndAMatchingEnd) {
  for (const char* bad : {"repeat\nend\n", "repeat 0\nend\n", "repeat -2\nend\n", "repeat 2 3\nend\n", "repeat x\nend\n"}) {
    EXPECT_FALSE(parseScript(bad)) << bad;
  }
  auto unclosed = parseScript("tap 1 1\nrepeat 2\ntap 1 1\n");
  ASSERT_FALSE(unclosed);
  EXPECT_EQ(unclosed.error(), std::vector<std::string>{"line 2: 'repeat' without 'end'"});
  auto stray = parseScript("end\n");
  ASSERT_FALSE(stray);
  EXPECT_EQ(stray.error(), std::vector<std::string>{"line 1: 'end' without 'repeat'"});
  EXPECT_FALSE(parseScript("repeat 2\nend now\n"));
}

TEST(Script, WaitScreenTakesANameAndAnOptionalRealTimeLimit) {
  const auto commands = parseOk("wait-screen contact-done\nwait-screen home 2500\n");
  ASSERT_EQ(commands.size(), 2u);
  EXPECT_EQ(commands[0].kind, Kind::WaitScreen);
  EXPECT_EQ(commands[0].text, "contact-done");
  EXPECT_EQ(commands[0].ms, 10000);
  EXPECT_EQ(commands[1].text, "home");
  EXPECT_EQ(commands[1].ms, 2500);
  EXPECT_FALSE(parseScript("wait-screen\n"));
  EXPECT_FALSE(parseScript("wait-screen home soon\n"));
  EXPECT_FALSE(parseScript("wait-screen home 0\n"));
  EXPECT_FALSE(parseScript("wait-screen home 10 20\n"));
}

}  // namespace
}  // namespace kiosk::core
