// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decode/bounce.h"
#include "reputation/evidence.h"

#include <QList>
#include <QString>

namespace bn {

struct Message;

//! How the user sends mail: the one question the guide asks.
enum class SendingVia { Unknown, Provider, OwnServer, Cloud };

//! Who must act first (docs/architecture.md "party").
enum class Party { Isp, ListOperator, RecipientAdmin, SenderAdmin, Recipient, Wait };

QString sendingViaId(SendingVia via);              //!< "provider", "own-server", "cloud", "unknown"
bool sendingViaFromId(const QString &id, SendingVia *via);
QString partyId(Party party);                      //!< "isp", "list_operator", …
QString partyName(Party party);                    //!< translated, e.g. "Your ISP or hosting provider"

//! One step of the walk-through. Only http(s) URLs and mailto: are ever offered.
struct GuideStep
{
    QString id;
    QString text;        //!< translated instruction
    QString url;         //!< a page to open, or empty
    QString templateId;  //!< a message to copy or send, or empty
};

//! A ready-to-send message, filled from the evidence; [[…]] marks what the user must fill in.
struct MessageTemplate
{
    QString id;          //!< "isp", "list_operator", "recipient_admin", "sender_admin", "recipient"
    QString title;       //!< translated
    QString to;          //!< an address when known (abuse contact, removal e-mail), else empty
    QString subject;
    QString body;
};

//! What the guide concludes for one bounce.
struct Diagnosis
{
    Party party = Party::SenderAdmin;
    QString why;                       //!< translated, plain words
    QList<GuideStep> steps;
    QList<MessageTemplate> templates;
    SendingVia sendingVia = SendingVia::Unknown;  //!< the answer used
    SendingVia guessedSendingVia = SendingVia::Unknown;
    QString guessBasis;                //!< translated: what the guess was based on
    bool sendingViaAnswered = false;   //!< sendingVia is the user's answer, not the guess
};

//! Guesses how the user sends mail from the evidence; \a basis says why (translated).
SendingVia guessSendingVia(const Bounce &bounce, const Message *message, const Evidence *evidence, QString *basis);

//! The diagnosis for \a bounce. \a answer is the user's answer (Unknown: use the guess);
//! \a language ("en" or "ja") chooses the templates; \a evidence may be null (offline).
Diagnosis diagnose(const Bounce &bounce, const Message *message, const Evidence *evidence, SendingVia answer,
                   const QString &language);

} // namespace bn
