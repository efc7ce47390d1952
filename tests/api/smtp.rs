//! A real SMTP server on loopback for the tests (mailin-embedded), recording what it receives,
//! and a MIME parser (mail-parser) to read it back.

use std::net::TcpListener;
use std::sync::{Arc, Condvar, Mutex};

use mailin_embedded::{Handler, Response, Server, SslConfig, response};

#[derive(Clone, Debug)]
pub struct Received {
    pub from: String,
    pub to: Vec<String>,
    pub data: Vec<u8>,
}

impl Received {
    pub fn parsed(&self) -> mail_parser::Message<'_> {
        mail_parser::MessageParser::default()
            .parse(&self.data)
            .expect("a parsable message")
    }
    pub fn message_id(&self) -> String {
        self.parsed().message_id().unwrap_or_default().to_string()
    }
}

#[derive(Default)]
struct State {
    received: Vec<Received>,
    /// Refuse every recipient with 550.
    reject: bool,
    /// Hold the message with this index (0-based, counting accepted data) before answering.
    hold_at: Option<usize>,
    holding: bool,
    release: bool,
    started_data: usize,
    /// How long the server takes to accept each message (a slow relay).
    delay: std::time::Duration,
}

#[derive(Clone)]
pub struct Sink {
    pub port: u16,
    state: Arc<(Mutex<State>, Condvar)>,
}

#[derive(Clone)]
struct SinkHandler {
    state: Arc<(Mutex<State>, Condvar)>,
    current: Option<Received>,
}

impl Handler for SinkHandler {
    fn rcpt(&mut self, _to: &str) -> Response {
        if self.state.0.lock().unwrap().reject {
            response::NO_MAILBOX
        } else {
            response::OK
        }
    }

    fn data_start(&mut self, _domain: &str, from: &str, _is8bit: bool, to: &[String]) -> Response {
        self.current = Some(Received {
            from: from.to_string(),
            to: to.to_vec(),
            data: vec![],
        });
        response::OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        if let Some(c) = self.current.as_mut() {
            c.data.extend_from_slice(buf);
        }
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        let (lock, cv) = &*self.state;
        let delay = lock.lock().unwrap().delay;
        if !delay.is_zero() {
            std::thread::sleep(delay);
        }
        let mut st = lock.lock().unwrap();
        let index = st.started_data;
        st.started_data += 1;
        if st.hold_at == Some(index) {
            st.holding = true;
            cv.notify_all();
            while !st.release {
                st = cv.wait(st).unwrap();
            }
        }
        if let Some(c) = self.current.take() {
            st.received.push(c);
        }
        response::OK
    }
}

/// A free loopback port, with nothing listening on it (connections are refused).
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl Sink {
    pub fn start() -> Sink {
        Sink::start_on(free_port())
    }

    /// Starts the server on `port` (e.g. one that refused connections until now).
    pub fn start_on(port: u16) -> Sink {
        let state = Arc::new((Mutex::new(State::default()), Condvar::new()));
        let listener = TcpListener::bind(("127.0.0.1", port)).expect("bind SMTP port");
        let handler = SinkHandler {
            state: state.clone(),
            current: None,
        };
        let mut server = Server::new(handler);
        server
            .with_name("sink.test")
            .with_num_threads(8)
            .with_tcp_listener(listener);
        server.with_ssl(SslConfig::None).expect("no TLS");
        std::thread::spawn(move || {
            let _ = server.serve();
        });
        Sink { port, state }
    }

    pub fn received(&self) -> Vec<Received> {
        self.state.0.lock().unwrap().received.clone()
    }

    pub fn reject_all(&self, reject: bool) {
        self.state.0.lock().unwrap().reject = reject;
    }

    /// Makes the server take `delay` to accept each message.
    pub fn slow(&self, delay: std::time::Duration) {
        self.state.0.lock().unwrap().delay = delay;
    }

    pub fn hold_message(&self, index: usize) {
        self.state.0.lock().unwrap().hold_at = Some(index);
    }

    /// Waits (bounded) until the held message has arrived and is being held.
    pub async fn wait_until_holding(&self) {
        for _ in 0..3000 {
            if self.state.0.lock().unwrap().holding {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        panic!("the SMTP sink never received the message to hold");
    }

    pub fn release(&self) {
        let (lock, cv) = &*self.state;
        lock.lock().unwrap().release = true;
        cv.notify_all();
    }
}
