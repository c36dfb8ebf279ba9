<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>bn</name>
    <message>
        <source>of a problem the report does not name clearly</source>
        <translation>レポートに明記されていない問題があった</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>受信者</translation>
    </message>
    <message>
        <source>Your message to %1 was refused by the recipient's own settings (%2), not because your server is listed.</source>
        <translation>%1 宛てのメールは受信側の設定（%2）によって拒否されました。あなたのサーバーが登録されているためではありません。</translation>
    </message>
    <message>
        <source>their filter</source>
        <translation>先方のフィルター</translation>
    </message>
    <message>
        <source>your sending server</source>
        <translation>あなたの送信サーバー</translation>
    </message>
    <message>
        <source>the sending server %1</source>
        <translation>送信サーバー %1</translation>
    </message>
    <message>
        <source>Your message to %1 was refused because %2 is on %3's %4 — a temporary list.</source>
        <translation>%1 宛てのメールは、%2 が %3 の「%4」（一時的なリスト）に登録されているため拒否されました。</translation>
    </message>
    <message>
        <source>Your message to %1 was refused because %2 is on %3's %4.</source>
        <translation>%1 宛てのメールは、%2 が %3 の「%4」に登録されているため拒否されました。</translation>
    </message>
    <message>
        <source>Your message to %1 is delayed because %2; the server will keep trying.</source>
        <translation>%1 宛てのメールは、%2ため遅れています。サーバーは再送を続けます。</translation>
    </message>
    <message>
        <source>Your message to %1 was refused because %2.</source>
        <translation>%1 宛てのメールは、%2ため拒否されました。</translation>
    </message>
    <message>
        <source>Bounce Navigator report</source>
        <translation>バウンスナビゲーター レポート</translation>
    </message>
</context>
<context>
    <name>bn::BounceCardDelegate</name>
    <message>
        <source>Details</source>
        <extracomment>The toggle on a bounce card that unfolds its details (codes, servers).</extracomment>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>bn::BounceListModel</name>
    <message numerus="yes">
        <source>%1 (%n message(s))</source>
        <extracomment>%1 is the headline of a bounce that several messages reported.</extracomment>
        <translation><numerusform>%1（%n 通）</numerusform></translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>一時的</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>恒久的</translation>
    </message>
    <message>
        <source>Contact first: %1</source>
        <translation>最初の連絡先: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <extracomment>Beside a bounce's headline: the number of messages that reported the same refusal.</extracomment>
        <translation><numerusform>%n 通</numerusform></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>Reply code:</source>
        <translation>応答コード:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因:</translation>
    </message>
    <message>
        <source>SMTP step:</source>
        <extracomment>The SMTP command the server refused (RCPT, DATA…)</extracomment>
        <translation>SMTPの段階:</translation>
    </message>
    <message>
        <source>Refused by:</source>
        <translation>拒否したサーバー:</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>報告したサーバー:</translation>
    </message>
    <message>
        <source>Listed IP:</source>
        <translation>登録されたIP:</translation>
    </message>
    <message>
        <source>Listed domain:</source>
        <translation>登録されたドメイン:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <extracomment>Before what could not be read in the message (an address with invalid bytes, a broken part)</extracomment>
        <translation>警告:</translation>
    </message>
</context>
<context>
    <name>bn::GuideView</name>
    <message>
        <source>How do you send mail?</source>
        <translation>メールはどのように送信していますか？</translation>
    </message>
    <message>
        <source>Through my ISP's, hosting or rental server's mail server</source>
        <translation>プロバイダーやレンタルサーバーのメールサーバーから送信している</translation>
    </message>
    <message>
        <source>Our organisation runs its own mail server on its own IP addresses</source>
        <translation>自社でメールサーバーを運用し、自社のIPアドレスを使っている</translation>
    </message>
    <message>
        <source>Microsoft 365, Google Workspace or another cloud service</source>
        <translation>Microsoft 365、Google Workspace などのクラウドサービス</translation>
    </message>
    <message>
        <source>I don't know</source>
        <translation>わからない</translation>
    </message>
    <message>
        <source>Best guess: %1</source>
        <translation>推定: %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>メッセージをコピー</translation>
    </message>
    <message>
        <source>Open page</source>
        <translation>ページを開く</translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <translation>メールを作成</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Message to send</source>
        <translation>送信するメッセージ</translation>
    </message>
    <message>
        <source>Open or paste a bounce to see who can fix it.</source>
        <translation>エラーメールを開くか貼り付けると、解決できる相手が表示されます。</translation>
    </message>
    <message>
        <source>Contact first: %1</source>
        <translation>最初の連絡先: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>手順 %1 / %2</translation>
    </message>
    <message>
        <source>&amp;Message in:</source>
        <extracomment>Which language the message to send is written in</extracomment>
        <translation>メッセージの言語(&amp;M):</translation>
    </message>
</context>
<context>
    <name>bn::Headline</name>
    <message>
        <source>the address does not exist</source>
        <translation>アドレスが存在しない</translation>
    </message>
    <message>
        <source>the domain does not exist</source>
        <translation>ドメインが存在しない</translation>
    </message>
    <message>
        <source>the mailbox has moved</source>
        <translation>メールボックスが移転した</translation>
    </message>
    <message>
        <source>the mailbox is full</source>
        <translation>メールボックスが満杯だった</translation>
    </message>
    <message>
        <source>the mailbox is suspended</source>
        <translation>メールボックスが停止されている</translation>
    </message>
    <message>
        <source>your domain's SPF, DKIM or DMARC check failed</source>
        <translation>自社ドメインの SPF・DKIM・DMARC の確認に失敗した</translation>
    </message>
    <message>
        <source>your sending server has no valid reverse DNS name</source>
        <translation>送信サーバーに有効な逆引きDNS名がない</translation>
    </message>
    <message>
        <source>too much mail was sent too fast</source>
        <translation>短時間に大量のメールを送った</translation>
    </message>
    <message>
        <source>the message is too large</source>
        <translation>メールが大きすぎた</translation>
    </message>
    <message>
        <source>a spam filter judged the content</source>
        <translation>迷惑メールフィルターが内容を判定した</translation>
    </message>
    <message>
        <source>a virus filter judged the content</source>
        <translation>ウイルスフィルターが内容を判定した</translation>
    </message>
    <message>
        <source>the recipient's filter refused it</source>
        <translation>受信者のフィルターに拒否された</translation>
    </message>
    <message>
        <source>it broke the receiving side's policy</source>
        <translation>受信側のポリシーに反していた</translation>
    </message>
    <message>
        <source>the receiving server blocks your sending server</source>
        <translation>受信サーバーがあなたの送信サーバーをブロックしている</translation>
    </message>
    <message>
        <source>your sending server's reputation is poor</source>
        <translation>送信サーバーの評価が低い</translation>
    </message>
    <message>
        <source>the sender address was refused</source>
        <translation>送信者アドレスが拒否された</translation>
    </message>
    <message>
        <source>the server does not relay this mail</source>
        <translation>サーバーがこのメールを中継しない</translation>
    </message>
    <message>
        <source>it could not be delivered in time</source>
        <translation>時間内に配信できなかった</translation>
    </message>
    <message>
        <source>of a network or DNS problem</source>
        <translation>ネットワークまたはDNSに問題があった</translation>
    </message>
    <message>
        <source>of a security setting</source>
        <translation>セキュリティ設定に引っかかった</translation>
    </message>
    <message>
        <source>of an error on the receiving system</source>
        <translation>受信側のシステムでエラーが起きた</translation>
    </message>
    <message>
        <source>the receiving side does not accept mail</source>
        <translation>受信側がメールを受け付けていない</translation>
    </message>
    <message>
        <source>of the message's format</source>
        <translation>メールの形式に問題があった</translation>
    </message>
    <message>
        <source>the recipient is away (automatic reply)</source>
        <translation>受信者が不在（自動返信）だった</translation>
    </message>
</context>
<context>
    <name>bn::LogImportView</name>
    <message numerus="yes">
        <source>%n rejection(s) in %1 group(s).</source>
        <translation><numerusform>%n 件の拒否（%1 グループ）。</numerusform></translation>
    </message>
    <message>
        <source>The import was cancelled: only what was read before is shown.</source>
        <translation>読み込みを中止しました。それまでに読んだ内容だけを表示しています。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read and were skipped.</source>
        <translation><numerusform>%n 行を読めなかったため、スキップしました。</numerusform></translation>
    </message>
    <message>
        <source>A compressed log ended early; the rejections read before the damage are shown.</source>
        <translation>圧縮されたログが途中で切れていました。壊れている箇所より前に読めた拒否を表示しています。</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n log file(s)…</source>
        <translation><numerusform>%n 件のログファイルを読み込み中…</numerusform></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the log import</source>
        <translation>ログの読み込みを中止</translation>
    </message>
    <message>
        <source>Filter groups (domain, server, list, reason…)</source>
        <translation>グループを絞り込む（ドメイン、サーバー、リスト、原因…）</translation>
    </message>
    <message>
        <source>Filter rejection groups</source>
        <translation>拒否グループの絞り込み</translation>
    </message>
    <message>
        <source>Rejection groups</source>
        <translation>拒否グループ</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>読み込みの進み具合</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>一時的</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>恒久的</translation>
    </message>
    <message>
        <source>Contact first: %1</source>
        <translation>最初の連絡先: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rejection(s), from %1 to %2.</source>
        <translation><numerusform>拒否 %n 件（%1 から %2 まで）。</numerusform></translation>
    </message>
    <message>
        <source>Recipients: %1</source>
        <translation>宛先: %1</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation><numerusform> ほか %n 件</numerusform></translation>
    </message>
    <message>
        <source>The log lines:</source>
        <translation>ログの該当行:</translation>
    </message>
    <message>
        <source>The Steps tab walks you through it.</source>
        <translation>「手順」タブで対処を順に案内します。</translation>
    </message>
    <message>
        <source>The chosen rejection group</source>
        <translation>選択した拒否グループ</translation>
    </message>
</context>
<context>
    <name>bn::LookupPanel</name>
    <message>
        <source>checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>No IP address or domain to check yet: open a bounce that names one.</source>
        <translation>確認するIPアドレスやドメインがまだありません。それを含むエラーメールを開いてください。</translation>
    </message>
    <message>
        <source>Blocklists for %1</source>
        <translation>%1 のブラックリスト確認</translation>
    </message>
    <message>
        <source>You are offline, or the network is switched off in the settings. Decoding and the guide still work; live checks wait until you are back online.</source>
        <translation>オフラインか、設定でネットワークがオフになっています。解析と案内はそのまま使えます。ライブ確認はオンラインに戻るまで待機します。</translation>
    </message>
    <message>
        <source>List</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再確認</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>今すぐ確認</translation>
    </message>
    <message>
        <source>Check the blocklists</source>
        <translation>ブラックリストを確認</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>確認を中止</translation>
    </message>
    <message>
        <source>Blocklist results</source>
        <translation>ブラックリストの結果</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>確認の進み具合</translation>
    </message>
    <message>
        <source>Reverse DNS: %1 (%2)</source>
        <translation>逆引きDNS: %1（%2）</translation>
    </message>
    <message>
        <source>forward-confirmed</source>
        <translation>正引きと一致</translation>
    </message>
    <message>
        <source>not forward-confirmed</source>
        <translation>正引きと不一致</translation>
    </message>
    <message>
        <source>The name looks generic or dynamic.</source>
        <translation>この名前は汎用的または動的なものに見えます。</translation>
    </message>
    <message>
        <source>Your DNS server looks like a public resolver, which blocklists refuse: set another DNS server in the settings.</source>
        <translation>お使いのDNSサーバーは公開リゾルバーのようで、ブラックリスト側に拒否されます。設定で別のDNSサーバーを指定してください。</translation>
    </message>
    <message>
        <source>Owner of the IP: %1 (%2, %3), abuse contact: %4</source>
        <translation>IPアドレスの所有者: %1（%2、%3）、不正利用の連絡先: %4</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>Owner of the IP unknown: %1</source>
        <translation>IPアドレスの所有者は不明です: %1</translation>
    </message>
    <message>
        <source>Not checked: switched off in the settings.</source>
        <translation>確認していません: 設定でオフになっています。</translation>
    </message>
    <message>
        <source>Blocklists: %1</source>
        <translation>ブラックリスト: %1</translation>
    </message>
    <message>
        <source>Owner of the IP not checked: %1</source>
        <translation>IPアドレスの管理者は未確認: %1</translation>
    </message>
</context>
<context>
    <name>bn::MainWindow</name>
    <message>
        <source>Bounce Navigator</source>
        <translation>バウンスナビゲーター</translation>
    </message>
    <message>
        <source>Paste the bounce message you received (the whole e-mail, or just the error lines such as "550 5.7.1 …"), or drop .eml, .msg, mbox files or a mail server log onto this window.</source>
        <translation>受け取ったエラーメールを貼り付けてください（メール全体でも、「550 5.7.1 …」のようなエラーの行だけでもかまいません）。.eml、.msg、mbox ファイルやメールサーバーのログをこのウィンドウにドロップすることもできます。</translation>
    </message>
    <message>
        <source>Paste the returned e-mail here…</source>
        <translation>返ってきたメールをここに貼り付け…</translation>
    </message>
    <message>
        <source>Bounce message</source>
        <translation>エラーメール</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>解析(&amp;E)</translation>
    </message>
    <message>
        <source>Explain the pasted bounce</source>
        <translation>貼り付けたエラーメールを解析</translation>
    </message>
    <message>
        <source>Try a &amp;sample</source>
        <translation>サンプルを試す(&amp;S)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>何が起きたか</translation>
    </message>
    <message>
        <source>Check live</source>
        <translation>ライブ確認</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Log import</source>
        <translation>ログの読み込み</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Paste bounce</source>
        <translation>エラーメールを貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>レポートを書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>概要をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Check blocklists now</source>
        <translation>ブラックリストを今すぐ確認(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About Bounce Navigator</source>
        <translation>バウンスナビゲーターについて(&amp;A)</translation>
    </message>
    <message>
        <source>Nothing to explain: paste the bounce message first.</source>
        <translation>解析する内容がありません。先にエラーメールを貼り付けてください。</translation>
    </message>
    <message>
        <source>No refusal was found in this text. Paste the whole bounce, including the lines with the error code.</source>
        <translation>このテキストには拒否の内容が見つかりませんでした。エラーコードを含む行も含めて、エラーメール全体を貼り付けてください。</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>Open bounces or mail logs</source>
        <translation>エラーメールまたはメールログを開く</translation>
    </message>
    <message>
        <source>Bounces and logs (*.eml *.msg *.mbox *.txt *.log *.gz *.csv);;All files (*)</source>
        <translation>エラーメールとログ (*.eml *.msg *.mbox *.txt *.log *.gz *.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>レポートを書き出す</translation>
    </message>
    <message>
        <source>bounce-report.pdf</source>
        <translation>エラーメールレポート.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;HTML (*.html)</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>レポートを %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>About Bounce Navigator</source>
        <translation>バウンスナビゲーターについて</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bounce Navigator %1&lt;/h3&gt;&lt;p&gt;Explains bounced e-mail, checks blocklists live and walks you to the party that can fix it.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL version 3 or later. Built with Qt (LGPL-3.0), GMime (LGPL-2.1), c-ares (MIT), libcurl (curl licence), QtKeychain (BSD-3-Clause), libpsl (MIT), libolecf (LGPL-3.0) and zlib. The reason vocabulary is Sisimai's (BSD-2-Clause).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;バウンスナビゲーター %1&lt;/h3&gt;&lt;p&gt;エラーメールの内容を説明し、ブラックリストをその場で確認して、解決できる相手までご案内します。&lt;/p&gt;&lt;p&gt;GNU GPL バージョン3以降でライセンスされています。Qt（LGPL-3.0）、GMime（LGPL-2.1）、c-ares（MIT）、libcurl（curl ライセンス）、QtKeychain（BSD-3-Clause）、libpsl（MIT）、libolecf（LGPL-3.0）、zlib を使用しています。原因の分類は Sisimai（BSD-2-Clause）のものです。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bounces found</source>
        <translation>見つかったエラーメール</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Views of the bounce</source>
        <translation>エラーメールの表示切り替え</translation>
    </message>
    <message>
        <source>The bounce, with the lines that prove it highlighted</source>
        <translation>エラーメール（根拠となる行を強調表示）</translation>
    </message>
    <message>
        <source>Open a sample bounce</source>
        <translation>サンプルのエラーメールを開く</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop reading the opened files</source>
        <translation>開いたファイルの読み込みを中止</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>読み込みの進み具合</translation>
    </message>
    <message>
        <source>Reading was cancelled: only the bounces read before are shown.</source>
        <translation>読み込みを中止しました。中止までに読み込んだエラーメールのみを表示しています。</translation>
    </message>
    <message>
        <source>No bounce was found in the opened files.</source>
        <translation>開いたファイルにエラーメールは見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Reading… %n message(s) so far (%1 of %2)</source>
        <extracomment>Progress while opening files: messages read so far, then bytes read of the total (e.g. 12 MB of 80 MB).</extracomment>
        <translation><numerusform>読み込み中… これまでに %n 通（%2 中 %1）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reading… %n message(s) so far</source>
        <translation><numerusform>読み込み中… これまでに %n 通</numerusform></translation>
    </message>
    <message>
        <source>The arrow keys choose a bounce; Right shows its details, Left hides them.</source>
        <translation>矢印キーでエラーメールを選びます。右キーで詳細を表示し、左キーで隠します。</translation>
    </message>
</context>
<context>
    <name>bn::RejectionGroupModel</name>
    <message>
        <source>refused by this server</source>
        <translation>このサーバーが拒否</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>一時的</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>恒久的</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>宛先ドメイン</translation>
    </message>
    <message>
        <source>Remote server</source>
        <extracomment>The mail server that refused the message</extracomment>
        <translation>相手サーバー</translation>
    </message>
    <message>
        <source>Operator / list</source>
        <extracomment>Blocklist operator and list, e.g. "trendmicro / ERS-QIL"</extracomment>
        <translation>運営者 / リスト</translation>
    </message>
    <message>
        <source>Listed IP</source>
        <translation>登録されたIP</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>最初</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最後</translation>
    </message>
</context>
<context>
    <name>bn::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;DNS server for checks:</source>
        <translation>確認に使うDNSサーバー(&amp;D):</translation>
    </message>
    <message>
        <source>Empty: the system's resolver. Blocklists refuse public resolvers such as 8.8.8.8.</source>
        <translation>空欄のときはシステムのリゾルバーを使います。8.8.8.8 などの公開リゾルバーはブラックリスト側に拒否されます。</translation>
    </message>
    <message>
        <source>&amp;Timeout per query (ms):</source>
        <translation>1件あたりのタイムアウト（ミリ秒）(&amp;T):</translation>
    </message>
    <message>
        <source>Check blocklists automatically when a bounce is opened</source>
        <translation>エラーメールを開いたら自動でブラックリストを確認する</translation>
    </message>
    <message>
        <source>Switch all network use off (decode and guide only)</source>
        <translation>ネットワークを一切使わない（解析と案内のみ）</translation>
    </message>
    <message>
        <source>The key was stored in the system keychain.</source>
        <translation>キーをシステムのキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>API keys are kept only in the system keychain, never in the settings file. Without a keychain they are not stored, and lists that need a key are explained but not queried.</source>
        <translation>APIキーはシステムのキーチェーンにのみ保存し、設定ファイルには保存しません。キーチェーンがない場合は保存せず、キーが必要なリストは説明のみで照会しません。</translation>
    </message>
    <message>
        <source>Spamhaus &amp;DQS key:</source>
        <translation>Spamhaus &amp;DQS キー:</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>システムのキーチェーンに保存されます</translation>
    </message>
    <message>
        <source>&amp;Blocklists to check:</source>
        <translation>確認するブラックリスト(&amp;B):</translation>
    </message>
    <message>
        <source>Lists switched off here are shown as not queried in live checks.</source>
        <translation>ここでオフにしたリストは、その場の確認で「未照会」と表示されます。</translation>
    </message>
    <message>
        <source>Abusi&amp;x key:</source>
        <translation>Abusi&amp;x キー:</translation>
    </message>
    <message>
        <source>Blocklists to check</source>
        <translation>確認するブラックリスト</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explains bounced e-mail and who can fix it.</source>
        <translation>エラーメールの内容と、解決できる相手を説明します。</translation>
    </message>
    <message>
        <source>Open the bundled sample bounce.</source>
        <translation>付属のサンプルのエラーメールを開きます。</translation>
    </message>
    <message>
        <source>Start, show the window once and quit.</source>
        <extracomment>For packaging checks: start, paint the window once, quit.</extracomment>
        <translation>起動してウィンドウを一度表示し、終了します。</translation>
    </message>
    <message>
        <source>Save screenshots of the main views into DIR and quit.</source>
        <translation>主な画面のスクリーンショットを DIR に保存して終了します。</translation>
    </message>
    <message>
        <source>Bounces or mail logs to open.</source>
        <translation>開くエラーメールまたはメールログ。</translation>
    </message>
</context>
</TS>
