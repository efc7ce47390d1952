//! The one place that decides who may do what. Routes name an [`Action`]; nothing else in the
//! code compares roles. The authorization-matrix test walks every route with every role.
//!
//! Anonymous visitors get public pages only, so every action here needs a signed-in user.

use super::{CurrentUser, Role};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Read network content: directory, organizations, people, service map, CSV export.
    ViewNetwork,
    CreateOrganization,
    EditOrganization {
        organization_id: i32,
    },
    ArchiveOrganization,
    /// Create, edit or archive the people of an organization.
    ManagePeople {
        organization_id: i32,
    },
    ManageUsers,
    ManageCountries,
    /// See the mail queue, retry or discard dead letters.
    ManageMail,
    /// Create, edit, duplicate and cancel events and their agendas.
    ManageEvents,
    /// Create an action item owned by this organization.
    CreateActionItem {
        owner_org: i32,
    },
    /// Update an action item (`supporter`: the user's organization supports it).
    EditActionItem {
        owner_org: i32,
        supporter: bool,
    },
    /// One's own settings and API tokens.
    ManageOwnAccount,
    /// Edit legal-register entries directly, decide proposals, import entries.
    EditRegister,
    /// Propose a change to a legal-register entry (`own_country`: the entry is for the country
    /// of the user's organization).
    ProposeLegalChange {
        own_country: bool,
    },
    /// Add, edit, retire and reorder register topics; import topics.
    ManageLegalTopics,
    /// Add documents for `owner_org` (None: the secretariat's own).
    CreateDocument {
        owner_org: Option<i32>,
    },
    /// Change a document's details, upload versions, restore, archive.
    EditDocument {
        owner_org: Option<i32>,
    },
    /// Adopt a document for the network or mark it superseded.
    AdoptDocument,
    /// Add or edit the services of an organization, their contact points and capacity figures,
    /// change their status and confirm their details.
    EditService {
        organization_id: i32,
    },
    /// See the street address of a service with a confidential location (its own organization's
    /// members and the secretariat only; everyone else sees the city).
    SeeConfidentialAddress {
        organization_id: i32,
    },
    /// See how many places are free now (members and the secretariat, never observers).
    SeeAvailablePlaces,
    /// Create and edit referral pathways (the secretariat).
    ManagePathways,
    /// Record that a referral pathway was used today (members and the secretariat).
    RecordPathwayUse,
    /// Read the network's figures: country-level, small numbers suppressed.
    ViewFigures,
    /// Report, correct and read exactly this organization's own monthly figures: its members
    /// only. Not the secretariat: outside an organization's own form, everyone (the secretariat
    /// included) sees country-level figures, suppressed.
    ReportFigures {
        organization_id: i32,
    },
    /// See which services need checking: not confirmed lately, funding ending.
    ReviewServices,
    /// Import services from another directory's HSDS package (the secretariat).
    ImportServices,
}

pub fn allows(user: Option<&CurrentUser>, action: Action) -> bool {
    let Some(user) = user else { return false };
    let own = |org: i32| user.organization_id == Some(org);
    // An organization's own figures are its members' alone, whatever the role's other rights.
    if let Action::ReportFigures { organization_id } = action {
        return user.role == Role::Member && own(organization_id);
    }
    if user.role == Role::Secretariat {
        return true;
    }
    match action {
        Action::ViewNetwork | Action::ManageOwnAccount | Action::ViewFigures => true,
        Action::ReportFigures { .. } => false,
        Action::CreateActionItem { owner_org } => user.role == Role::Member && own(owner_org),
        Action::EditActionItem { owner_org, supporter } => user.role == Role::Member && (own(owner_org) || supporter),
        Action::EditOrganization { organization_id }
        | Action::ManagePeople { organization_id }
        | Action::EditService { organization_id }
        | Action::SeeConfidentialAddress { organization_id } => user.role == Role::Member && own(organization_id),
        Action::SeeAvailablePlaces => user.role == Role::Member,
        Action::EditRegister => user.legal_reviewer,
        Action::RecordPathwayUse => user.role == Role::Member,
        Action::ProposeLegalChange { own_country } => user.role == Role::Member && own_country,
        Action::CreateDocument { owner_org } | Action::EditDocument { owner_org } => {
            user.role == Role::Member && owner_org.is_some_and(own)
        }
        Action::CreateOrganization
        | Action::ManageLegalTopics
        | Action::AdoptDocument
        | Action::ArchiveOrganization
        | Action::ManageUsers
        | Action::ManageCountries
        | Action::ManageMail
        | Action::ReviewServices
        | Action::ImportServices
        | Action::ManageEvents
        | Action::ManagePathways => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(role: Role, org: Option<i32>) -> CurrentUser {
        CurrentUser {
            id: 1,
            name: "x".into(),
            email: "x@example.org".into(),
            role,
            organization_id: org,
            person_id: None,
            language: "en".into(),
            time_zone: "Europe/Tirane".into(),
            legal_reviewer: false,
        }
    }

    #[test]
    fn members_edit_only_their_own_organization() {
        let m = user(Role::Member, Some(7));
        assert!(allows(Some(&m), Action::EditOrganization { organization_id: 7 }));
        assert!(!allows(Some(&m), Action::EditOrganization { organization_id: 8 }));
        let o = user(Role::Observer, Some(7));
        assert!(!allows(Some(&o), Action::EditOrganization { organization_id: 7 }));
        assert!(allows(Some(&o), Action::ViewNetwork));
        assert!(!allows(None, Action::ViewNetwork));
    }

    #[test]
    fn only_the_own_organization_and_the_secretariat_see_a_confidential_address() {
        let m = user(Role::Member, Some(7));
        let o = user(Role::Observer, Some(7));
        let s = user(Role::Secretariat, None);
        let see = |u: &CurrentUser, org| allows(Some(u), Action::SeeConfidentialAddress { organization_id: org });
        assert!(see(&m, 7) && !see(&m, 8) && !see(&o, 7) && see(&s, 8));
        assert!(!allows(None, Action::SeeConfidentialAddress { organization_id: 7 }));
        assert!(allows(Some(&m), Action::SeeAvailablePlaces));
        assert!(!allows(Some(&o), Action::SeeAvailablePlaces));
        assert!(allows(Some(&m), Action::EditService { organization_id: 7 }));
        assert!(!allows(Some(&m), Action::EditService { organization_id: 8 }));
        assert!(!allows(Some(&o), Action::EditService { organization_id: 7 }));
    }

    #[test]
    fn only_an_organizations_members_see_its_own_figures() {
        let m = user(Role::Member, Some(7));
        assert!(allows(Some(&m), Action::ReportFigures { organization_id: 7 }));
        assert!(!allows(Some(&m), Action::ReportFigures { organization_id: 8 }));
        let s = user(Role::Secretariat, Some(7));
        assert!(!allows(Some(&s), Action::ReportFigures { organization_id: 7 }));
        assert!(allows(Some(&s), Action::ViewFigures));
        let o = user(Role::Observer, Some(7));
        assert!(!allows(Some(&o), Action::ReportFigures { organization_id: 7 }));
        assert!(allows(Some(&o), Action::ViewFigures));
        assert!(!allows(None, Action::ViewFigures));
    }

    #[test]
    fn legal_reviewers_edit_the_register_but_not_its_topics() {
        let mut r = user(Role::Observer, None);
        assert!(!allows(Some(&r), Action::EditRegister));
        r.legal_reviewer = true;
        assert!(allows(Some(&r), Action::EditRegister));
        assert!(!allows(Some(&r), Action::ManageLegalTopics));
        let m = user(Role::Member, Some(7));
        assert!(allows(Some(&m), Action::ProposeLegalChange { own_country: true }));
        assert!(!allows(Some(&m), Action::ProposeLegalChange { own_country: false }));
        assert!(!allows(Some(&m), Action::EditRegister));
    }

    #[test]
    fn only_the_secretariat_manages_pathways_and_members_record_their_use() {
        let m = user(Role::Member, Some(7));
        let o = user(Role::Observer, Some(7));
        let s = user(Role::Secretariat, None);
        assert!(!allows(Some(&m), Action::ManagePathways));
        assert!(!allows(Some(&o), Action::ManagePathways));
        assert!(allows(Some(&s), Action::ManagePathways));
        assert!(allows(Some(&m), Action::RecordPathwayUse));
        assert!(!allows(Some(&o), Action::RecordPathwayUse));
        assert!(!allows(None, Action::RecordPathwayUse));
    }

    #[test]
    fn only_the_secretariat_imports_services() {
        assert!(!allows(Some(&user(Role::Member, Some(7))), Action::ImportServices));
        assert!(!allows(Some(&user(Role::Observer, Some(7))), Action::ImportServices));
        assert!(allows(Some(&user(Role::Secretariat, None)), Action::ImportServices));
        assert!(!allows(None, Action::ImportServices));
    }
}
