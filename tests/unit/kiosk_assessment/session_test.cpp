// Session: the navigator the screens drive, on the fixture. Questions in order with skip
// logic, back always possible with answers kept, refused answers, progress and minutes left.
#include <gtest/gtest.h>

#include "kiosk/assessment/session.h"
#include "tests/unit/kiosk_assessment/test_support.h"

namespace kiosk::assessment {
namespace {

using test::fixture;

std::string currentId(const Session& session) { return session.current() ? session.current()->id : "<end>"; }

void answerUpTo(Session& session, const std::string& stop, const std::string& workshop) {
  const std::map<std::string, Answer> answers = {
      {"workshop", Answer::choose(workshop)},
      {"plan", Answer::choose("some")},
      {"budget", Answer::choose("a")},
      {"tools", Answer::chooseMany({"web"})},
      {"tech", Answer::grid({{"cloud", "partly"}, {"printing", "not_used"}})},
      {"training", Answer::choose("partly")},
      {"backup", Answer::choose("manual")},
      {"machines", Answer::choose("testing")},
      {"ai", Answer::choose("considering")},
      {"energy", Answer::choose("yes")}};
  while (session.current() && session.current()->id != stop) {
    ASSERT_TRUE(session.answer(answers.at(session.current()->id))) << currentId(session);
  }
}

TEST(Session, StartsAtTheFirstQuestionWithNoWayBack) {
  const Session session(fixture());
  EXPECT_EQ(currentId(session), "workshop");
  EXPECT_FALSE(session.canGoBack());
  EXPECT_EQ(session.currentAnswer(), nullptr);
  EXPECT_EQ(&fixture().sectionTitle(*session.current()), &fixture().labels.profile);
}

TEST(Session, AsksEveryShownQuestionInOrder) {
  Session session(fixture());
  std::vector<std::string> asked;
  while (const Question* question = session.current()) {
    asked.push_back(question->id);
    ASSERT_TRUE(session.answer(test::extremeAnswer(*question, true)));  // workshop = yes
  }
  EXPECT_EQ(asked, (std::vector<std::string>{"workshop", "plan", "budget", "tools", "tech", "training", "backup",
                                             "machines", "ai", "energy"}));
  EXPECT_TRUE(session.finished());
  EXPECT_EQ(session.answers().size(), 10u);
}

TEST(Session, SkipLogicSkipsTheWorkshopQuestionForFirmsWithoutOne) {
  Session session(fixture());
  answerUpTo(session, "backup", "no");
  ASSERT_TRUE(session.answer(Answer::choose("auto")));
  EXPECT_EQ(currentId(session), "ai");  // machines skipped
  ASSERT_TRUE(session.back());
  EXPECT_EQ(currentId(session), "backup");  // and skipped going back too
}

TEST(Session, BackKeepsTheAnswerToShowItAgain) {
  Session session(fixture());
  answerUpTo(session, "budget", "yes");
  ASSERT_TRUE(session.back());
  EXPECT_EQ(currentId(session), "plan");
  ASSERT_NE(session.currentAnswer(), nullptr);
  EXPECT_EQ(*session.currentAnswer(), Answer::choose("some"));
  ASSERT_TRUE(session.answer(Answer::choose("full")));  // changing it moves on as usual
  EXPECT_EQ(currentId(session), "budget");
  EXPECT_EQ(session.answers().at("plan"), Answer::choose("full"));
}

TEST(Session, BackAtTheFirstQuestionDoesNothing) {
  Session session(fixture());
  EXPECT_FALSE(session.back());
  EXPECT_EQ(currentId(session), "workshop");
}

TEST(Session, BackFromTheEndGoesToTheLastQuestion) {
  Session session(fixture());
  answerUpTo(session, "<none>", "yes");
  ASSERT_TRUE(session.finished());
  EXPECT_TRUE(session.canGoBack());
  ASSERT_TRUE(session.back());
  EXPECT_EQ(currentId(session), "energy");
}

TEST(Session, ChangingAnEarlierAnswerHidesLaterAnswersWithoutLosingThem) {
  Session session(fixture());
  answerUpTo(session, "<none>", "yes");
  EXPECT_TRUE(session.answers().contains("machines"));
  while (currentId(session) != "workshop") ASSERT_TRUE(session.back());
  ASSERT_TRUE(session.answer(Answer::choose("no")));
  EXPECT_FALSE(session.answers().contains("machines"));
  EXPECT_TRUE(session.result().ignored.empty());  // the sheet given to scoring has no stale answers
  while (currentId(session) != "workshop") ASSERT_TRUE(session.back());
  ASSERT_TRUE(session.answer(Answer::choose("yes")));
  EXPECT_EQ(session.answers().at("machines"), Answer::choose("testing"));  // back again, as it was
}

TEST(Session, RefusesAnswersThatDoNotFit) {
  Session session(fixture());
  answerUpTo(session, "tools", "yes");
  EXPECT_FALSE(session.answer(Answer::chooseMany({"web", "none"})));  // "none" is exclusive
  EXPECT_FALSE(session.answer(Answer::chooseMany({"web", "web"})));
  EXPECT_FALSE(session.answer(Answer::chooseMany({})));
  EXPECT_FALSE(session.answer(Answer::choose("fax")));
  EXPECT_EQ(currentId(session), "tools");
  ASSERT_TRUE(session.answer(Answer::unknown()));
  EXPECT_FALSE(session.answer(Answer::grid({{"cloud", "partly"}})));  // a row is missing
  EXPECT_FALSE(session.answer(Answer::grid({{"cloud", "partly"}, {"printing", "maybe"}})));
  EXPECT_FALSE(session.answer(Answer::grid({{"cloud", "partly"}, {"printing", "n_a"}, {"fax", "n_a"}})));
  EXPECT_FALSE(session.answer(Answer::choose("partly")));
  EXPECT_EQ(currentId(session), "tech");
  answerUpTo(session, "energy", "yes");
  EXPECT_FALSE(session.answer(Answer::unknown())) << "energy has dont_know = false";
  EXPECT_FALSE(session.answer(Answer::chooseMany({"yes", "no"})));
  const auto refused = session.answer(Answer::choose("maybe"));
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error(), "energy: unknown option 'maybe' (no, partly, yes)");
}

TEST(Session, ProgressCountsShownQuestionsAndMinutesLeft) {
  Session session(fixture());
  // 10 questions, machines undecided until workshop is answered; 30 s each but tools 45, tech 60.
  Progress start = session.progress();
  EXPECT_EQ(start.number, 1);
  EXPECT_EQ(start.total, 10);
  EXPECT_DOUBLE_EQ(start.fraction, 0.0);
  EXPECT_EQ(start.minutesLeft, 6);  // 345 s

  ASSERT_TRUE(session.answer(Answer::choose("no")));
  Progress next = session.progress();
  EXPECT_EQ(next.number, 2);
  EXPECT_EQ(next.total, 9);  // machines is now hidden
  EXPECT_DOUBLE_EQ(next.fraction, 1.0 / 9);
  EXPECT_EQ(next.minutesLeft, 5);  // 285 s

  answerUpTo(session, "<none>", "no");
  const Progress end = session.progress();
  EXPECT_EQ(end.number, 9);
  EXPECT_DOUBLE_EQ(end.fraction, 1.0);
  EXPECT_EQ(end.minutesLeft, 0);
}

TEST(Session, RestartForgetsEverything) {
  Session session(fixture());
  answerUpTo(session, "training", "yes");
  session.restart();
  EXPECT_EQ(currentId(session), "workshop");
  EXPECT_TRUE(session.answers().empty());
  EXPECT_EQ(session.currentAnswer(), nullptr);
}

TEST(Session, ResultMatchesScoringTheSameAnswers) {
  Session session(fixture());
  answerUpTo(session, "<none>", "yes");
  const Result fromSession = session.result();
  const Result direct = score(fixture(), session.answers());
  EXPECT_EQ(fromSession.returnCode, direct.returnCode);
  EXPECT_DOUBLE_EQ(*fromSession.overall, *direct.overall);
}

}  // namespace
}  // namespace kiosk::assessment
