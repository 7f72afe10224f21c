// LeadForm: the "Leave your contact" form as a model, without drawing: four steps, the
// fields of each, inline validation (as translation keys) and the Lead it produces with
// each consent's proof (notice version, exact text shown, language, time).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/lead_content.h"
#include "kiosk/leads/lead.h"
#include "kiosk/leads/validation.h"

namespace kiosk::core {

enum class FormStep { Details, Company, Interests, Privacy };
inline constexpr int kFormSteps = 4;

class LeadForm {
 public:
  explicit LeadForm(leads::ValidationRules rules = {});

  // The rules come with the content, which staff can reload: the form follows them.
  void setRules(const leads::ValidationRules& rules) { m_rules = rules; }

  [[nodiscard]] FormStep step() const { return m_step; }
  // The text fields typed on the on-screen keyboard, per step, in tab order.
  [[nodiscard]] static const std::vector<leads::Field>& textFields(FormStep step);
  [[nodiscard]] bool isRequired(leads::Field field) const;

  [[nodiscard]] std::string& text(leads::Field field);  // only for text fields
  [[nodiscard]] const leads::LeadFields& fields() const { return m_fields; }
  void setSector(std::string code);
  void setCompanySize(std::string size);
  void toggleInterest(const std::string& code);
  [[nodiscard]] bool hasInterest(const std::string& code) const;

  [[nodiscard]] bool consent(leads::ConsentKind kind) const;
  void setConsent(leads::ConsentKind kind, bool granted);

  // Checks one field now (the visitor left it); an empty optional clears its message.
  void check(leads::Field field);
  [[nodiscard]] std::optional<std::string_view> error(leads::Field field) const;
  [[nodiscard]] std::optional<std::string_view> consentError() const { return m_consentError; }

  // Validates every field of the current step; moves to the next one only if all are fine.
  bool next();
  // Back one step; false on the first step (the caller leaves the form).
  bool back();
  // Privacy step: every required consent ticked (shows the message otherwise).
  bool readyToSubmit();

  // The submission: normalised fields, one Consent per question asked (ticked or not).
  [[nodiscard]] leads::Lead build(const PrivacyNotice& notice, const std::string& language,
                                  leads::Clock::time_point now, leads::VisitContext context) const;

  // Overwrites every string before clearing: nothing of this visitor stays in memory.
  void wipe();

 private:
  void checkStep(FormStep step);
  [[nodiscard]] bool stepHasErrors(FormStep step) const;

  leads::ValidationRules m_rules;
  FormStep m_step = FormStep::Details;
  leads::LeadFields m_fields;
  std::map<leads::ConsentKind, bool> m_consents;
  std::map<leads::Field, std::string_view> m_errors;
  std::optional<std::string_view> m_consentError;
};

// Overwrites then clears: freed memory keeps no personal data.
void scrub(std::string& text);

}  // namespace kiosk::core
