package org.minutebook.command.platform;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.defs.EmailDef;
import org.hibernate.validator.cfg.defs.NotBlankDef;
import org.hibernate.validator.cfg.defs.NotNullDef;
import org.hibernate.validator.cfg.defs.PatternDef;
import org.hibernate.validator.cfg.defs.SizeDef;
import org.hibernate.validator.cfg.defs.URLDef;
import org.minutebook.events.Person;
import org.minutebook.events.agenda.AgendaDocument;
import org.minutebook.events.business.FutureMeetingDate;
import org.minutebook.events.business.MinuteBlock;
import org.minutebook.events.agenda.Exemption;
import org.minutebook.events.meetings.MeetingContact;
import org.minutebook.events.resolutions.Amendment;
import org.minutebook.events.resolutions.MemberVote;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.events.resolutions.StatutoryRecord;
import org.minutebook.events.resolutions.Vote;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Constraints on the value records that commands share with the event contract. The contract jar carries no
 * framework annotations, so the command side declares what a valid value is here.
 */
@Configuration
public class ContractConstraints {

    /** A validator with these constraints, outside Spring (the command side's tests decide commands with it). */
    public static Validator validator() {
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
        return configuration.addMapping(mapping(configuration.createConstraintMapping()))
                .buildValidatorFactory().getValidator();
    }

    @Bean
    ValidationConfigurationCustomizer contractValueConstraints() {
        return configuration -> {
            if (configuration instanceof HibernateValidatorConfiguration hibernate) {
                hibernate.addMapping(mapping(hibernate.createConstraintMapping()));
            }
        };
    }

    private static ConstraintMapping mapping(ConstraintMapping mapping) {
        mapping.type(Person.class)
                .constraint(new GenericConstraintDef<>(NamedOrInOffice.class))
                .field("id").constraint(new PatternDef().regexp(Ids.PATTERN).message(Ids.MESSAGE))
                .field("name").constraint(new SizeDef().min(1).max(300)).constraint(plainText())
                .field("role").constraint(new SizeDef().min(1).max(300)).constraint(plainText());
        mapping.type(MinuteBlock.class)
                .constraint(new GenericConstraintDef<>(WellFormedBlock.class))
                .field("kind").constraint(new NotNullDef())
                .field("text").constraint(new SizeDef().min(1).max(100000))
                .field("items").constraint(new SizeDef().max(200));
        mapping.type(FutureMeetingDate.class)
                .field("date").constraint(new NotNullDef());
        mapping.type(MeetingContact.class)
                .field("name").constraint(new NotBlankDef()).constraint(new SizeDef().max(200)).constraint(plainText())
                .field("role").constraint(new SizeDef().max(200)).constraint(plainText())
                .field("phone").constraint(new SizeDef().max(50)).constraint(plainText())
                .field("email").constraint(new EmailDef()).constraint(new SizeDef().max(320));
        mapping.type(AgendaDocument.class)
                .field("title").constraint(new SizeDef().min(1).max(500)).constraint(plainText())
                .field("url").constraint(new URLDef()).constraint(new SizeDef().max(2000))
                .field("format").constraint(new SizeDef().min(1).max(20)).constraint(plainText())
                .field("size").constraint(new SizeDef().min(1).max(20)).constraint(plainText());
        mapping.type(Exemption.class)
                .field("schedule12AParagraph").constraint(new NotBlankDef()).constraint(new SizeDef().max(20))
                .constraint(plainText())
                .field("reason").constraint(new SizeDef().max(2000));
        mapping.type(ResolutionPart.class)
                .field("partId").constraint(new PatternDef().regexp(Ids.PATTERN).message(Ids.MESSAGE))
                .field("label").constraint(new SizeDef().max(20)).constraint(plainText())
                .field("text").constraint(new NotBlankDef()).constraint(new SizeDef().max(20000));
        mapping.type(Vote.class)
                .field("memberVotes").constraint(new SizeDef().max(200)).valid()
                .field("castingVote").valid();
        mapping.type(Amendment.class)
                .field("amendmentId").constraint(new PatternDef().regexp(Ids.PATTERN).message(Ids.MESSAGE))
                .field("text").constraint(new NotBlankDef()).constraint(new SizeDef().max(20000))
                .field("movedBy").valid()
                .field("secondedBy").valid()
                .field("outcome").constraint(new NotNullDef())
                .field("vote").valid()
                .field("earlierVotes").constraint(new SizeDef().max(10)).valid();
        mapping.type(StatutoryRecord.class)
                .field("decisionMaker").constraint(new SizeDef().min(1).max(300)).constraint(plainText())
                .field("reasons").constraint(new SizeDef().min(1).max(20000))
                .field("alternativesRejected").constraint(new SizeDef().min(1).max(20000))
                .field("conflictsOfInterest").constraint(new SizeDef().min(1).max(20000))
                .field("dispensations").constraint(new SizeDef().min(1).max(20000));
        mapping.type(MemberVote.class)
                .field("member").constraint(new NotNullDef()).valid()
                .field("ballot").constraint(new NotNullDef());
        return mapping;
    }

    /** Names, titles and labels of the contract's values are one line of plain text, as a command's are. */
    private static GenericConstraintDef<PlainText> plainText() {
        return new GenericConstraintDef<>(PlainText.class);
    }
}
