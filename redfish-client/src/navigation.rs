//! Typed navigation from the service root, by following links (never hard-coded paths),
//! and the common actions of systems, managers, chassis and log services.

use redfish_model::account_service::AccountService;
use redfish_model::certificate_service::CertificateService;
use redfish_model::chassis::Chassis;
use redfish_model::computer_system::ComputerSystem;
use redfish_model::event_service::EventService;
use redfish_model::log_entry::LogEntry;
use redfish_model::log_service::LogService;
use redfish_model::manager::Manager;
use redfish_model::power::Power;
use redfish_model::resource::ResetType;
use redfish_model::service_root::ServiceRoot;
use redfish_model::session::Session;
use redfish_model::session_service::SessionService;
use redfish_model::task::Task;
use redfish_model::task_service::TaskService;
use redfish_model::thermal::Thermal;
use redfish_model::update_service::UpdateService;
use redfish_model::{chassis, computer_system, log_service, manager};

use crate::action::ActionResponse;
use crate::collection::Members;
use crate::entity::Entity;
use crate::error::Result;

impl Entity<ServiceRoot> {
    /// The `Chassis` collection.
    ///
    /// # Errors
    ///
    /// [`crate::Error::MissingLink`] when the service has none.
    pub fn chassis(&self) -> Result<Members<Chassis>> {
        self.members(&self.data().chassis)
    }

    /// The `Systems` collection.
    ///
    /// # Errors
    ///
    /// [`crate::Error::MissingLink`] when the service has none.
    pub fn systems(&self) -> Result<Members<ComputerSystem>> {
        self.members(&self.data().systems)
    }

    /// The `Managers` collection.
    ///
    /// # Errors
    ///
    /// [`crate::Error::MissingLink`] when the service has none.
    pub fn managers(&self) -> Result<Members<Manager>> {
        self.members(&self.data().managers)
    }

    /// The sessions collection (`Links.Sessions`).
    ///
    /// # Errors
    ///
    /// [`crate::Error::MissingLink`] when the service has none.
    pub fn sessions(&self) -> Result<Members<Session>> {
        let link = self.data().links.as_ref().and_then(|l| l.sessions.clone());
        self.members(&link)
    }

    /// The `SessionService`.
    ///
    /// # Errors
    ///
    /// [`crate::Error::MissingLink`], or as [`crate::Client::get`].
    pub async fn session_service(&self) -> Result<Entity<SessionService>> {
        self.linked(&self.data().session_service).await
    }

    /// The `UpdateService`.
    ///
    /// # Errors
    ///
    /// [`crate::Error::MissingLink`], or as [`crate::Client::get`].
    pub async fn update_service(&self) -> Result<Entity<UpdateService>> {
        self.linked(&self.data().update_service).await
    }

    /// The `CertificateService`.
    ///
    /// # Errors
    ///
    /// [`crate::Error::MissingLink`], or as [`crate::Client::get`].
    pub async fn certificate_service(&self) -> Result<Entity<CertificateService>> {
        self.linked(&self.data().certificate_service).await
    }

    /// The `TaskService` (service root property `Tasks`).
    ///
    /// # Errors
    ///
    /// [`crate::Error::MissingLink`], or as [`crate::Client::get`].
    pub async fn task_service(&self) -> Result<Entity<TaskService>> {
        self.linked(&self.data().tasks).await
    }

    /// The `AccountService`.
    ///
    /// # Errors
    ///
    /// [`crate::Error::MissingLink`], or as [`crate::Client::get`].
    pub async fn account_service(&self) -> Result<Entity<AccountService>> {
        self.linked(&self.data().account_service).await
    }

    /// The `EventService`.
    ///
    /// # Errors
    ///
    /// [`crate::Error::MissingLink`], or as [`crate::Client::get`].
    pub async fn event_service(&self) -> Result<Entity<EventService>> {
        self.linked(&self.data().event_service).await
    }
}

impl Entity<TaskService> {
    /// The `Tasks` collection.
    ///
    /// # Errors
    ///
    /// [`crate::Error::MissingLink`] when absent.
    pub fn tasks(&self) -> Result<Members<Task>> {
        self.members(&self.data().tasks)
    }
}

impl Entity<ComputerSystem> {
    /// `#ComputerSystem.Reset` with `ResetType` (checked against the allowable values):
    /// [`Entity::invoke`] of a [`computer_system::ResetRequest`].
    ///
    /// # Errors
    ///
    /// As [`Entity::invoke`].
    pub async fn reset(&self, reset_type: ResetType) -> Result<ActionResponse> {
        self.invoke(computer_system::ResetRequest::default().with_reset_type(reset_type))
            .await
    }

    /// The `LogServices` collection.
    ///
    /// # Errors
    ///
    /// [`crate::Error::MissingLink`] when absent.
    pub fn log_services(&self) -> Result<Members<LogService>> {
        self.members(&self.data().log_services)
    }
}

impl Entity<Manager> {
    /// `#Manager.Reset` with `ResetType`: [`Entity::invoke`] of a
    /// [`manager::ResetRequest`] (invoke a `ResetRequest::default()` for the service's
    /// default reset).
    ///
    /// # Errors
    ///
    /// As [`Entity::invoke`].
    pub async fn reset(&self, reset_type: ResetType) -> Result<ActionResponse> {
        self.invoke(manager::ResetRequest::default().with_reset_type(reset_type))
            .await
    }

    /// The `LogServices` collection.
    ///
    /// # Errors
    ///
    /// [`crate::Error::MissingLink`] when absent.
    pub fn log_services(&self) -> Result<Members<LogService>> {
        self.members(&self.data().log_services)
    }
}

impl Entity<Chassis> {
    /// `#Chassis.Reset` with `ResetType`: [`Entity::invoke`] of a
    /// [`chassis::ResetRequest`].
    ///
    /// # Errors
    ///
    /// As [`Entity::invoke`].
    pub async fn reset(&self, reset_type: ResetType) -> Result<ActionResponse> {
        self.invoke(chassis::ResetRequest::default().with_reset_type(reset_type))
            .await
    }

    /// The legacy `Power` resource.
    ///
    /// # Errors
    ///
    /// [`crate::Error::MissingLink`], or as [`crate::Client::get`].
    pub async fn power(&self) -> Result<Entity<Power>> {
        self.linked(&self.data().power).await
    }

    /// The legacy `Thermal` resource.
    ///
    /// # Errors
    ///
    /// [`crate::Error::MissingLink`], or as [`crate::Client::get`].
    pub async fn thermal(&self) -> Result<Entity<Thermal>> {
        self.linked(&self.data().thermal).await
    }

    /// The `LogServices` collection.
    ///
    /// # Errors
    ///
    /// [`crate::Error::MissingLink`] when absent.
    pub fn log_services(&self) -> Result<Members<LogService>> {
        self.members(&self.data().log_services)
    }
}

impl Entity<LogService> {
    /// The log entries (`Entries`), newest or oldest first as the service orders them.
    ///
    /// # Errors
    ///
    /// [`crate::Error::MissingLink`] when absent.
    pub fn entries(&self) -> Result<Members<LogEntry>> {
        self.members(&self.data().entries)
    }

    /// `#LogService.ClearLog`: [`Entity::invoke`] of a [`log_service::ClearLogRequest`].
    ///
    /// # Errors
    ///
    /// As [`Entity::invoke`].
    pub async fn clear_log(&self) -> Result<ActionResponse> {
        self.invoke(log_service::ClearLogRequest::default()).await
    }
}
