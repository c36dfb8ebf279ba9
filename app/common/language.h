// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QTranslator;

namespace bn {

//! The languages the application ships complete catalogues for.
QStringList supportedLanguages();

//! Picks the language to use: the configured one if supported, else the first supported
//! system UI language, else English. Returns a code like "en" or "ja".
QString chooseLanguage(const QString &configured, const QStringList &systemLanguages = QLocale::system().uiLanguages());

//! Installs the application's and Qt's own translators for \a language, replacing the
//! ones installed before; returns false when a catalogue could not be loaded.
//! Installing sends QEvent::LanguageChange to every widget, so the UI can retranslate live.
bool installTranslators(const QString &language);

//! The language of the translators installed last ("en" before any): the language the user
//! sees, in which guides, templates and reports are written too.
QString installedLanguage();

} // namespace bn
