// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decode/decode_job.h"
#include "guide/diagnosis.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QPlainTextEdit;
class QStackedWidget;

namespace bn {

//! The guide as a walk-through: the one question (how do you send mail?), then one step at a
//! time with Back/Next and a check box per step; copy a template, open a page, start an e-mail.
class GuideView final : public QWidget
{
    Q_OBJECT

public:
    explicit GuideView(QWidget *parent = nullptr);

    //! Shows the guide for \a item, a copy of which the view keeps (the cards it came from may go).
    void setBounce(const DecodedBounce &item, const Evidence *evidence);
    //! Back to the empty guide, as before any bounce: nothing of the last one stays shown.
    void clear();
    const Diagnosis &diagnosis() const { return m_diagnosis; }
    //! The bounce the guide is for; empty after clear().
    const Bounce &bounce() const { return m_item.bounce; }
    //! The live check the guide was built with, or null.
    const Evidence *evidence() const { return m_hasEvidence ? &m_evidence : nullptr; }
    int currentStep() const { return m_step; }
    void next();
    void back();
    //! Where opening URLs goes; tests replace it to see what would be opened.
    std::function<bool(const QUrl &)> openUrl;

Q_SIGNALS:
    void diagnosisChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void showStep();
    void retranslateUi();
    //! The current step's message, in the language chosen for messages; id empty when none.
    MessageTemplate currentTemplate() const;
    SendingVia answer() const;

    DecodedBounce m_item; // a copy: Message and Bounce share their texts implicitly, so it is cheap
    Evidence m_evidence;
    bool m_hasEvidence = false;
    Diagnosis m_diagnosis;
    int m_step = -1; // -1: the question
    QList<bool> m_done;

    QStackedWidget *m_pages;
    QLabel *m_question;
    QLabel *m_guess;
    QButtonGroup *m_answers;
    QLabel *m_party;
    QLabel *m_why;
    QLabel *m_stepTitle;
    QLabel *m_stepText;
    QCheckBox *m_stepDone;
    QPlainTextEdit *m_template;
    QPushButton *m_copy;
    QPushButton *m_open;
    QPushButton *m_mail;
    QLabel *m_messageLanguageLabel;
    QComboBox *m_messageLanguage; // messages may go abroad: English or Japanese, whatever the UI
    QPushButton *m_back;
    QPushButton *m_next;
};

} // namespace bn
