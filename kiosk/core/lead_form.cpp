#include "kiosk/core/lead_form.h"

#include <algorithm>
#include <stdexcept>

#include "kiosk/core/technology_areas.h"

namespace kiosk::core {

using leads::Field;

namespace {

const std::map<FormStep, std::vector<Field>>& stepFields() {
  static const std::map<FormStep, std::vector<Field>> kFields{
      {FormStep::Details,
       {Field::FirstName, Field::LastName, Field::Company, Field::Role, Field::Email, Field::Phone,
        Field::Municipality}},
      {FormStep::Company, {Field::Sector, Field::CompanySize}},
      {FormStep::Interests, {Field::Interests, Field::Note}},
      {FormStep::Privacy, {}},
  };
  return kFields;
}

bool isText(Field field) { return field != Field::Sector && field != Field::CompanySize && field != Field::Interests; }

}  // namespace

void scrub(std::string& text) {
  std::fill(text.begin(), text.end(), '\0');
  text.clear();
  text.shrink_to_fit();
}

LeadForm::LeadForm(leads::ValidationRules rules) : m_rules(std::move(rules)) {}

const std::vector<Field>& LeadForm::textFields(FormStep step) {
  static const std::map<FormStep, std::vector<Field>> kText = [] {
    std::map<FormStep, std::vector<Field>> out;
    for (const auto& [formStep, fields] : stepFields()) {
      for (Field field : fields) {
        if (isText(field)) out[formStep].push_back(field);
      }
      out[formStep];  // every step has an entry, maybe empty
    }
    return out;
  }();
  return kText.at(step);
}

bool LeadForm::isRequired(Field field) const {
  return std::find(m_rules.required.begin(), m_rules.required.end(), field) != m_rules.required.end();
}

std::string& LeadForm::text(Field field) {
  switch (field) {
    case Field::FirstName: return m_fields.firstName;
    case Field::LastName: return m_fields.lastName;
    case Field::Company: return m_fields.company;
    case Field::Role: return m_fields.role;
    case Field::Email: return m_fields.email;
    case Field::Phone: return m_fields.phone;
    case Field::Municipality: return m_fields.municipality;
    case Field::Note: return m_fields.note;
    case Field::Sector: return m_fields.sector;
    case Field::CompanySize: return m_fields.companySize;
    case Field::Interests: break;
  }
  throw std::logic_error("interests are not a text field");
}

void LeadForm::setSector(std::string code) {
  m_fields.sector = std::move(code);
  check(Field::Sector);
}

void LeadForm::setCompanySize(std::string size) {
  m_fields.companySize = std::move(size);
  check(Field::CompanySize);
}

void LeadForm::toggleInterest(const std::string& code) {
  auto& list = m_fields.interests;
  if (const auto it = std::find(list.begin(), list.end(), code); it != list.end()) {
    list.erase(it);
  } else {
    list.push_back(code);
  }
  check(Field::Interests);
}

bool LeadForm::hasInterest(const std::string& code) const {
  return std::find(m_fields.interests.begin(), m_fields.interests.end(), code) != m_fields.interests.end();
}

bool LeadForm::consent(leads::ConsentKind kind) const {
  const auto it = m_consents.find(kind);
  return it != m_consents.end() && it->second;
}

void LeadForm::setConsent(leads::ConsentKind kind, bool granted) {
  m_consents[kind] = granted;
  if (granted) m_consentError.reset();
}

void LeadForm::check(Field field) {
  const auto problem = field == Field::Interests ? leads::validateInterests(m_fields.interests, m_rules)
                                                 : leads::validateField(field, text(field), m_rules);
  if (problem) {
    m_errors[field] = *problem;
  } else {
    m_errors.erase(field);
  }
}

std::optional<std::string_view> LeadForm::error(Field field) const {
  const auto it = m_errors.find(field);
  if (it == m_errors.end()) return std::nullopt;
  return it->second;
}

void LeadForm::checkStep(FormStep step) {
  for (Field field : stepFields().at(step)) check(field);
}

bool LeadForm::stepHasErrors(FormStep step) const {
  const auto& fields = stepFields().at(step);
  return std::any_of(fields.begin(), fields.end(), [&](Field field) { return m_errors.contains(field); });
}

bool LeadForm::next() {
  checkStep(m_step);
  if (stepHasErrors(m_step)) return false;
  if (m_step != FormStep::Privacy) m_step = static_cast<FormStep>(static_cast<int>(m_step) + 1);
  return true;
}

bool LeadForm::back() {
  if (m_step == FormStep::Details) return false;
  m_step = static_cast<FormStep>(static_cast<int>(m_step) - 1);
  return true;
}

bool LeadForm::readyToSubmit() {
  for (leads::ConsentKind kind : m_rules.requiredConsents) {
    if (!consent(kind)) {
      m_consentError = leads::kErrConsentRequired;
      return false;
    }
  }
  m_consentError.reset();
  return true;
}

leads::Lead LeadForm::build(const PrivacyNotice& notice, const std::string& language, leads::Clock::time_point now,
                            leads::VisitContext context) const {
  leads::Lead lead;
  lead.fields = leads::normalized(m_fields);
  for (const ConsentText& asked : notice.consents) {
    lead.consents.push_back(leads::Consent{asked.kind, consent(asked.kind), notice.version,
                                           localized(asked.text, language), language, now});
  }
  lead.context = std::move(context);
  return lead;
}

void LeadForm::wipe() {
  for (std::string* text : {&m_fields.firstName, &m_fields.lastName, &m_fields.company, &m_fields.role,
                            &m_fields.email, &m_fields.phone, &m_fields.municipality, &m_fields.sector,
                            &m_fields.companySize, &m_fields.note}) {
    scrub(*text);
  }
  for (std::string& interest : m_fields.interests) scrub(interest);
  m_fields = {};
  m_consents.clear();
  m_errors.clear();
  m_consentError.reset();
  m_step = FormStep::Details;
}

}  // namespace kiosk::core
