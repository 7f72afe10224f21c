// kioskctl assess: the self-assessment without the screens, for staff and tests.
//   assess score --questionnaire DIR --answers FILE.json [--language en]   the result as JSON
//   assess check --questionnaire DIR                                       every problem of the files
//   assess code CODE                                                       the scores in a return code
// Exit status 2 when the files, the answers or the code have problems (listed on stderr).
#include <algorithm>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include "kiosk/assessment/json_io.h"
#include "kiosk/assessment/loader.h"
#include "kiosk/assessment/return_code.h"
#include "kiosk/assessment/scoring.h"
#include "kiosk/ctl/commands.h"

namespace kiosk::ctl {
namespace {

constexpr int kProblems = 2;

[[noreturn]] void fail(const std::vector<std::string>& problems) {
  for (const std::string& problem : problems) std::cerr << "kioskctl: " << problem << "\n";
  throw CLI::RuntimeError(kProblems);
}

assessment::Content loadOrFail(const std::string& folder) {
  auto content = assessment::loadContent(folder);
  if (!content) fail(content.error());
  return std::move(*content);
}

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail({path + ": cannot read"});
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

struct Options {
  std::string questionnaire;
  std::string answers;
  std::string language;
  std::string code;
};

void score(const Options& options) {
  const assessment::Content content = loadOrFail(options.questionnaire);
  auto file = assessment::parseAnswersJson(readFile(options.answers), content);
  if (!file) {
    std::vector<std::string> problems;
    for (const std::string& problem : file.error()) problems.push_back(options.answers + ": " + problem);
    fail(problems);
  }
  const std::string language = options.language.empty() ? file->language : options.language;
  if (std::find(content.languages.begin(), content.languages.end(), language) == content.languages.end())
    fail({"--language " + language + ": not one of the questionnaire's languages"});
  const assessment::Result result = assessment::score(content, file->answers);
  std::cout << assessment::resultToJson(content, result, language) << "\n";
}

void check(const Options& options) {
  const assessment::Content content = loadOrFail(options.questionnaire);
  std::size_t scored = 0;
  for (const auto& question : content.questions) scored += question.isProfile() ? 0 : 1;
  std::cout << options.questionnaire << ": " << content.id << " " << content.version << ", " << content.questions.size()
            << " questions (" << scored << " scored), " << content.dimensions.size() << " dimensions, "
            << content.rules.size() << " rules: OK\n";
}

void decode(const Options& options) {
  const auto decoded = assessment::decodeReturnCode(options.code);
  if (!decoded) fail({options.code + ": " + std::string(assessment::describe(decoded.error()))});
  std::cout << "generation " << decoded->generation << ":";
  for (const auto& score : decoded->scores) std::cout << " " << (score ? std::to_string(*score) : "n/a");
  std::cout << "\n";
}

}  // namespace

void addAssessCommands(CLI::App& cli) {
  auto options = std::make_shared<Options>();
  CLI::App* assess = cli.add_subcommand("assess", "Digital-maturity self-assessment: score answers, check the content");
  assess->require_subcommand(1);

  CLI::App* scoreCommand = assess->add_subcommand("score", "Print the result of an answers file as JSON");
  scoreCommand->add_option("--questionnaire", options->questionnaire, "Folder of the assessment files")
      ->required()
      ->check(CLI::ExistingDirectory);
  scoreCommand->add_option("--answers", options->answers, "Answers JSON (format: kiosk/assessment/README.md)")
      ->required()
      ->check(CLI::ExistingFile);
  scoreCommand->add_option("--language", options->language, "Language of the texts (default: the answers file's)");
  scoreCommand->callback([options] { score(*options); });

  CLI::App* checkCommand = assess->add_subcommand("check", "Load the assessment files and list every problem");
  checkCommand->add_option("--questionnaire", options->questionnaire, "Folder of the assessment files")
      ->required()
      ->check(CLI::ExistingDirectory);
  checkCommand->callback([options] { check(*options); });

  CLI::App* codeCommand = assess->add_subcommand("code", "Decode a return code into its six dimension scores");
  codeCommand->add_option("code", options->code, "The return code, e.g. ABCDE-FGHJK")->required();
  codeCommand->callback([options] { decode(*options); });
}

}  // namespace kiosk::ctl
