/// The built-in word lists behind ``Lexicon``: spellings, contractions and
/// typos, and common English words (which are never taken for a name).
enum LexiconData {
    /// Bases whose `'s` means "is" rather than a possessive.
    static let isPronounBeforeIs: Set<String> = [
        "it", "that", "there", "here", "what", "who", "where", "how", "he", "she", "this", "everything",
        "nothing", "something", "name", "everyone", "someone", "nobody", "when", "why", "which",
    ]

    /// Words the detectors look for by name.
    static let detectorWords = "mine ours usually normally typically generally automatically always often sometimes then also just already fully all being which who within until till after in on at before by from and then also call ring phone email text contact update message back get come to someone somebody team ext extension set hiya yep not never no nothing nobody without will shall going to let me would could can should might may be am is are was were been being have has had do does did i we you they he she it my our your their his her us them this that if but and because although though however or unless while whereas otherwise now right straight away immediately once for fault blame my our your their his her one anyone someone hopefully expect expected aim plan usually normally cheers regards thanks best kind many take care speak soon again sorry apologise apologies apology what who where when why how could can would pardon again come say repeat spell asking ask bother interrupt trouble ps p s booked arranged scheduled asked told organised requested instructed got lined emailed messaged texted reminded the a an these those ok okay yes lol limited restricted support help channel service desk page twitter chat here account"

    /// `typed forms=normalised words`, one rule a line.
    static let rewrites = """
    im i'm=i am
    ive=i have
    ill=i will
    youre=you are
    youll=you will
    youve=you have
    youd=you would
    theyre=they are
    theyll=they will
    theyve=they have
    weve=we have
    dont=do not
    doesnt=does not
    didnt=did not
    cant can't cannot=can not
    couldnt=could not
    wont won't=will not
    wouldnt=would not
    shouldnt=should not
    shan't shant=shall not
    isnt=is not
    arent=are not
    wasnt=was not
    werent=were not
    hasnt=has not
    havent=have not
    hadnt=had not
    ain't aint=is not
    its=it is
    thats=that is
    theres=there is
    whats=what is
    lets let's=let us
    gonna=going to
    gotta=got to
    wanna=want to
    lemme=let me
    u=you
    ur=your
    r=are
    pls plz=please
    thx thanx=thanks
    apologize apologize appologise appologize apologse=apologise
    apologized appologised appologized=apologised
    apologizing appologising appologizing=apologising
    appologies apolgies apologies=apologies
    appology apolgy=apology
    sory soory sorri sorrry srry sry soz sorrie sowwy=sorry
    apoligies apologys apoloiges apolgoies=apologies
    aplogies apologeis apollogies apolagies apologis=apologies
    aplogy apolagy=apology
    aplogise aplogize apolagise apolagize=apologise
    apoligise apoligize apologiese=apologise
    apoligy=apology
    goign giong=going
    teh=the
    adn=and
    waht=what
    untill=until
    unfortunatly unfortunetly unfortunatley=unfortunately
    inconvience inconvenince inconvenence=inconvenience
    frustating frusterating=frustrating
    b4=before
    bc cuz coz=because
    ppl=people
    msg=message
    acct=account
    wk=week
    ya=you
    tommorow tomorow tommorrow tmrw tmr tomorrw 2morrow=tomorrow
    tonite=tonight
    tho=though
    thru=through
    recieve=receive
    recieved=received
    definately definatly=definitely
    realise realize=realise
    realised realized=realised
    recognise recognize=recognise
    prioritise prioritize=prioritise
    organise organize=organise
    finalise finalize=finalise
    authorise authorize=authorise
    authorised authorized=authorised
    cancelled canceled=cancelled
    cancelling canceling=cancelling
    behaviour behavior=behaviour
    colour color=colour
    favour favor=favour
    centre center=centre
    hrs hr=hours
    mins=minutes
    min=minute
    secs=seconds
    wks=weeks
    asap=as soon as possible
    eod=end of day
    cob=close of business
    mon=monday
    tues tue=tuesday
    weds wed=wednesday
    thurs thur thu=thursday
    fri=friday
    okay ok k=okay
    """

    /// Common English words: never a name, however they are capitalised.
    static let commonWords = """
    a about above absolutely accept access account accounts across act action actually add address after afternoon again against \
    age agent ago agree ah ahead aim all allow almost alone along already alright also although always am amazing an and angry \
    annoying another answer any anybody anyone anything anyway anywhere apologies apologise apology app appear application \
    appointment appreciate are area around arrive arrived as ask asked asking at attempt available aware away awful back bad \
    bank be bear because become been before behalf behind being believe below best better between big bill billing bit book \
    booked both bother box break bring broken brother busy but buy by call called calling calm came can card care careful \
    case cause certain certainly chance change charge charged chat check checked checking cheers clear clearly close closed \
    come coming company complaint completely concern confirm confused contact correct could couple course courier customer \
    customers cut daily damaged date day days dead deal dear definitely delay delighted delivery department depot did \
    different difficult direct do does doing done down due during each early easy either else email end enough entire \
    error especially even evening ever every everybody everyone everything exactly excellent except excuse expect \
    explain extra face fact fair far fault feel few file find fine finally first fix fixed for forward free friday friend from \
    frustrated frustrating full further get getting give given glad go going gone good goodbye got great gutted had half hand \
    happen happened happy hard has have having he hear heard hello help here hey hi high him his hold home honest honestly hope \
    hopefully hour hours how however i if in indeed inform information instead into is issue it its item job just keep kind \
    know last late later leave less let letter like likely line little live long look looking lost lot love low made mail main \
    make manager many matter may maybe me mean member message might mind mine minute minutes miss mistake moment monday money \
    month more morning most much must my myself name near nearly need needed never new next nice night no nobody none not \
    note nothing now number of off offer office oh okay on once one only open or order other our out over own page paid part \
    patience pay payment people perfect perhaps person personally phone please pleased plus point policy possible post \
    pretty price probably problem process product properly put question quick quickly quite rather read ready real really \
    reason receive recently refund regards regret remember reply report request right ring room sadly safe said same \
    saturday say saying says see seem sent service set shall she short should show shortly side sign simply since sir \
    sitting so some somebody someone something sometimes soon sorry sort speak speaking special staff start still stock \
    stop straight stuck such sunday super supposed sure system take taken talk team tell terrible than thank thanks that \
    the their them then there these they thing things think this those though through thursday till time to today together \
    told tomorrow tonight too totally tracking true truly trust try trying tuesday two under understand unfortunately \
    unhappy unit unless until up upon upset urgent us use used usual usually very wait waiting want wanted was way we \
    wednesday week weekend welcome well went were what whatever when where whether which while who whole why will wish \
    with within without wonderful word work working worried worry would wow wrong yeah year yes yet you your yours \
    yourself afraid able unable happy sorry calling ringing writing emailing hoping here there so also just not \
    from the a an sure certain pleased glad delighted aware unaware new back away off now really truly very terribly \
    awfully extremely deeply mum dad ma'am madam mr mrs ms miss dr mister sir guys folks mate love pal buddy dear \
    everyone everybody anyone nobody somebody someone right over same click sign nothing all still both only \
    good morning afternoon evening day night thanks thank cheers regards best kind warm many hi hello hey dear \
    url user link http https www com
    """
}
