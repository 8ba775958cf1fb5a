package org.rasad.core.text;

/** The hedge a report puts on a figure («نحو 20», «أكثر من 20», «20 على الأقل»). */
public enum Qualifier {
    EXACT,
    /** «نحو», «حوالي», «قرابة», «زهاء», «ما يقارب», «ما يقرب من», «ما يناهز»; «تقريبا» after. */
    ABOUT,
    /** «لا يقل عن», «ما لا يقل عن»; «على الأقل» before or after. */
    AT_LEAST,
    /** «أكثر من», «ما يزيد عن/على», «أزيد من», «ما يربو على». */
    MORE_THAN,
    /** «أقل من», «ما يقل عن». */
    LESS_THAN,
    /** «ما يصل إلى», «حتى». */
    UP_TO
}
