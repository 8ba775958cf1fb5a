package org.rasad.core.extract;

import java.util.Set;

/**
 * ACLED event type and sub-type from the cues of a clause and the kind of victims.
 *
 * <p>Order of precedence (the first that applies):
 * <ol>
 *   <li>protests (protest words, or protesters gathering, dispersed or fired on): with rioting → Riots/Violent
 *       demonstration; protesters killed, or deaths where protesters were fired on or (without rioting) dispersed →
 *       Excessive force;
 *       dispersal or arrests → Protest with intervention; else Peaceful protest (burning tyres and road
 *       blocks alone stay peaceful);</li>
 *   <li>people throwing stones in a confrontation where civilians are hit → Riots/Violent demonstration;</li>
 *   <li>rioting without protest words and without weapons → Riots: Violent demonstration where a crowd
 *       gathered or was dispersed, else Mob violence;</li>
 *   <li>a bomb defused or a drone or missile intercepted, with no one killed → Disrupted weapons use; territory
 *       taken without a fight → Strategic developments/Non-violent transfer of territory;</li>
 *   <li>air or drone strike → Air/drone strike; a suicide attacker (unless the clause is a battle) →
 *       Suicide bomb; fighting, a military operation with deaths, or a bomb with gunfire → Battles/Armed clash;</li>
 *   <li>mines, roadside and car bombs, unspecified explosions → Remote explosive/landmine/IED;
 *       shelling, rockets and missiles → Shelling/artillery/missile attack; hand grenades → Grenade;</li>
 *   <li>abduction → Abduction/forced disappearance; sexual violence → Sexual violence;</li>
 *   <li>an attack, shooting, assassination, beating or killing: on civilians → Violence against
 *       civilians/Attack, otherwise Battles/Armed clash;</li>
 *   <li>looting, arson or demolition of property with no violence against people → Strategic
 *       developments/Looting/property destruction;</li>
 *   <li>arrests → Strategic developments/Arrests.</li>
 * </ol>
 */
final class EventTyper {

    /** An ACLED type and sub-type. */
    record Type(String eventType, String subEventType) {
    }

    static final String BATTLES = "Battles";
    static final String EXPLOSIONS = "Explosions/Remote violence";
    static final String VAC = "Violence against civilians";
    static final String PROTESTS = "Protests";
    static final String RIOTS = "Riots";
    static final String STRATEGIC = "Strategic developments";
    static final String OVERTAKES = "Non-state actor overtakes territory";
    static final String REGAINS = "Government regains territory";

    /** A place taken by force: {@link #OVERTAKES} or {@link #REGAINS}. */
    static boolean isTerritorial(Type type) {
        return type.subEventType().equals(OVERTAKES) || type.subEventType().equals(REGAINS);
    }

    private EventTyper() {
    }

    static boolean isProtest(Type type) {
        return type.eventType().equals(PROTESTS) || type.eventType().equals(RIOTS);
    }

    static boolean isViolent(Type type) {
        return isViolent(type.eventType());
    }

    /** Protest sub-types that may count dead: a riot, or force used on protesters. */
    static boolean killsAtProtest(Type type) {
        return type.eventType().equals(RIOTS) || type.subEventType().equals("Excessive force against protesters");
    }

    /** Battles, explosions and violence against civilians: political violence, as against protests and arrests. */
    static boolean isViolent(String eventType) {
        return eventType.equals(BATTLES) || eventType.equals(EXPLOSIONS) || eventType.equals(VAC);
    }

    static Type type(Set<Cue> c, boolean civilianTargets, boolean protesters, boolean protestersKilled, boolean deaths) {
        // «فتحت قوات الأمن النار على محتجين»: people fired on as protesters were protesting
        boolean protest = c.contains(Cue.PROTEST)
                || (protesters && (c.contains(Cue.PROTEST_WEAK) || c.contains(Cue.DISPERSE) || c.contains(Cue.SHOOTING)
                        || c.contains(Cue.CLASH)))  // «صدامات بين الشرطة ومتظاهرين»
                || (c.contains(Cue.PROTESTER) && (c.contains(Cue.PROTEST_WEAK) || c.contains(Cue.RIOT) || c.contains(Cue.TYRES)))
                // «أطلقت الشرطة الغاز المسيل للدموع على مئات من أنصار الحزب بعدما تجمعوا للمطالبة بالإفراج عن زعيمه»
                || (c.contains(Cue.DISPERSE) && c.contains(Cue.PROTEST_WEAK));
        boolean armed = c.contains(Cue.AIRSTRIKE) || c.contains(Cue.SHELLING) || c.contains(Cue.IED) || c.contains(Cue.SUICIDE);
        if (protest && !armed) {
            if (c.contains(Cue.RIOT) && (c.contains(Cue.THROWN) || c.contains(Cue.ATTACK))) {
                // «رشق محتجون مقرا بالحجارة وأضرموا النار … قبل أن تطلق الشرطة النار لتفريقهم، ما أدى إلى مقتل متظاهر»,
                // «اقتحم آلاف المحتجين المبنى وأضرموا النار في جزء منه، ففتحت الشرطة النار عليهم»: force met a crowd
                // that was rioting, so the riot is the event, whoever died in it
                return new Type(RIOTS, "Violent demonstration");
            }
            if (protestersKilled || (deaths && protesters && c.contains(Cue.SHOOTING))) {
                return new Type(PROTESTS, "Excessive force against protesters");
            }
            if (c.contains(Cue.RIOT) || c.contains(Cue.CLASH)) {
                return new Type(RIOTS, "Violent demonstration");
            }
            if (deaths && protesters && c.contains(Cue.DISPERSE)) {
                return new Type(PROTESTS, "Excessive force against protesters");  // «لتفريقهم، مما أسفر عن سقوط ثلاثة قتلى»
            }
            // «أطلقت قوات الأمن الرصاص على المتظاهرين»: fire on protesters that killed no one is an intervention
            if (c.contains(Cue.DISPERSE) || c.contains(Cue.ARREST) || protesters && c.contains(Cue.SHOOTING)) {
                return new Type(PROTESTS, "Protest with intervention");
            }
            return new Type(PROTESTS, "Peaceful protest");
        }
        boolean protesting = civilianTargets || c.contains(Cue.PROTEST_WEAK);
        if (c.contains(Cue.THROWN) && !armed && protesting && (c.contains(Cue.CLASH) || c.contains(Cue.SHOOTING))) {
            // «مواجهات … حيث رشق شبان الجنود بالحجارة، فيما أطلق الجنود الرصاص»: stones against rifles; «اشتبك مئات من
            // أنصار المعارضة مع الشرطة … ورشقوا عناصرها بالحجارة … احتجاجا على»: a crowd that protests with stones
            return new Type(RIOTS, "Violent demonstration");
        }
        if (c.contains(Cue.RIOT) && !armed && !c.contains(Cue.SHOOTING) && !c.contains(Cue.CLASH) && !c.contains(Cue.ATTACK)) {
            // a crowd that gathered, or that police dispersed, was demonstrating; a mob just attacks
            boolean demonstration = protesters || c.contains(Cue.PROTEST_WEAK) || c.contains(Cue.DISPERSE);
            return new Type(RIOTS, demonstration ? "Violent demonstration" : "Mob violence");
        }
        if (c.contains(Cue.RIOT) && c.contains(Cue.THROWN) && c.contains(Cue.ATTACK) && !armed && !deaths
                && !c.contains(Cue.SHOOTING) && !c.contains(Cue.CLASH)) {
            // «هاجم العشرات من أهالي القرية منازل الأقباط ورشقوها بالحجارة وأضرموا النار في منزلين»: an attack with
            // stones and fire is a crowd's, a mob's unless it demonstrated
            boolean demonstration = protesters || c.contains(Cue.PROTEST_WEAK) || c.contains(Cue.DISPERSE);
            return new Type(RIOTS, demonstration ? "Violent demonstration" : "Mob violence");
        }
        if (c.contains(Cue.DEFUSED) && !deaths && !c.contains(Cue.CLASH) && !c.contains(Cue.SHOOTING)) {
            // «تفكيك عبوة ناسفة», «اعتراض طائرة مسيرة»: a weapon stopped before it did harm
            return new Type(STRATEGIC, "Disrupted weapons use");  // ACLED files it under strategic developments
        }
        if (c.contains(Cue.UNCONTESTED) && c.contains(Cue.TAKEOVER) && !deaths && !armed) {
            return new Type(STRATEGIC, "Non-violent transfer of territory");  // «سيطر … بعد انسحاب القوات دون قتال»
        }
        if (c.contains(Cue.SEIZED)) {
            // «سيطر مقاتلو الجماعة الأحد على بلدة ديابو إثر هجوم واسع»: the place changed hands, whatever the fighting;
            // who took it (a state or not) decides between the two sub-types once the sides are known
            return new Type(BATTLES, OVERTAKES);
        }
        // «فجروا عبوة على الطريق قبل أن يفتحوا النار على الشاحنات», «فتحوا النار … قبل أن يلقوا قنبلة يدوية»:
        // a bomb or grenade with gunfire is an attack fought with small arms, and so is an assault with machine guns
        // and rockets («هجوم بالأسلحة الرشاشة والقذائف الصاروخية»): the rockets are the fighters' own, not artillery
        boolean bombAndGunfire = (c.contains(Cue.IED) || c.contains(Cue.GRENADE)
                || c.contains(Cue.SHELLING) && c.contains(Cue.ATTACK)) && c.contains(Cue.SHOOTING);
        boolean battle = c.contains(Cue.CLASH) || (c.contains(Cue.OPERATION) && deaths) || bombAndGunfire;
        if (c.contains(Cue.AIRSTRIKE) || (c.contains(Cue.AIR_WEAK)
                && (c.contains(Cue.SHELLING) || c.contains(Cue.EXPLOSION) || c.contains(Cue.ATTACK)))) {
            return new Type(EXPLOSIONS, "Air/drone strike");
        }
        if (c.contains(Cue.SUICIDE) && !battle) {
            return new Type(EXPLOSIONS, "Suicide bomb");
        }
        if (battle) {
            return new Type(BATTLES, "Armed clash");
        }
        if (c.contains(Cue.GRENADE)) {
            return new Type(EXPLOSIONS, "Grenade");
        }
        if (c.contains(Cue.IED) || (c.contains(Cue.EXPLOSION) && !c.contains(Cue.SHELLING))) {
            return new Type(EXPLOSIONS, "Remote explosive/landmine/IED");
        }
        if (c.contains(Cue.SHELLING)) {
            return new Type(EXPLOSIONS, "Shelling/artillery/missile attack");
        }
        if (c.contains(Cue.KIDNAP)) {
            return new Type(VAC, "Abduction/forced disappearance");
        }
        if (c.contains(Cue.SEXUAL)) {
            return new Type(VAC, "Sexual violence");
        }
        if (c.contains(Cue.ATTACK) && c.contains(Cue.LOOT) && !deaths && !c.contains(Cue.INJURED)
                && !c.contains(Cue.SHOOTING) && !c.contains(Cue.ABUSE) && !c.contains(Cue.ASSASSINATE)) {
            // «اقتحموا القرية، ونهبوا سوقها، وأحرقوا عشرات المنازل»: a raid that took and burnt, and hurt no one told
            return new Type(STRATEGIC, "Looting/property destruction");
        }
        if (c.contains(Cue.ATTACK) || c.contains(Cue.SHOOTING) || c.contains(Cue.ASSASSINATE) || c.contains(Cue.ABUSE)
                || deaths) {
            return civilianTargets || c.contains(Cue.ABUSE) ? new Type(VAC, "Attack") : new Type(BATTLES, "Armed clash");
        }
        if (c.contains(Cue.ARREST) && c.contains(Cue.PURSUIT)) {
            return new Type(BATTLES, "Armed clash");  // attackers repelled, pursued and caught: part of the fight
        }
        if (c.contains(Cue.LOOT) && c.contains(Cue.INJURED) && civilianTargets) {
            // «أصيب ثلاثة مواطنين إثر هجوم شنه مستوطنون … أحرقوا خلاله منزلين»: people hurt, not only property
            return new Type(VAC, "Attack");
        }
        if (c.contains(Cue.LOOT) && !c.contains(Cue.ARREST)) {
            // «أحرق مستوطنون منزلين وثلاث مركبات», «هدمت السلطات منزلا»: property destroyed, no one hurt
            return new Type(STRATEGIC, "Looting/property destruction");
        }
        if (c.contains(Cue.ARREST)) {
            return new Type(STRATEGIC, "Arrests");
        }
        return null;
    }
}
