// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include <QLabel>

namespace bn {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Bounce Navigator"));
    auto *placeholder = new QLabel(tr("Paste a bounce message here."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(900, 640);
}

} // namespace bn
